package dev.league.agents.critic;

/**
 * Multi-head attention of every agent i over the <em>other</em> agents j ≠ i, for one batch row.
 * Arrays are agent-major rows of width E = heads · dh: q, k, v, x, and their gradients are
 * [N, E] flattened; head h owns columns [h·dh, (h+1)·dh).
 *
 * <p>Implementations are stateless apart from fixed random features; a {@link Worker} holds one
 * thread's scratch space.
 */
interface AttentionKernel {

    Worker worker(int agents);

    /**
     * Doubles per batch row that {@link Worker#forward} may save for {@link Worker#backward}
     * (e.g. softmax weights), or 0 when the backward pass recomputes everything.
     */
    int savedSize(int agents);

    interface Worker {

        /**
         * x_i = Σ_{j≠i} α_ij v_j per head.
         *
         * @return Σ over heads and pairs i ≠ j of the squared raw logits q_i·k_j (for MAAC's
         *     regularizer), or 0 for kernels that never form logits
         */
        double forward(double[] q, double[] k, double[] v, double[] x, double[] saved, int savedOffset);

        /**
         * {@code saved} holds what {@link #forward} stored for this row. Overwrites dq, dk, dv with the gradients of L given dL/dx, where L also includes
         * {@code regularizationScale} · Σ logits² when the kernel forms logits.
         */
        void backward(double[] q, double[] k, double[] v, double[] dx, double regularizationScale,
                double[] dq, double[] dk, double[] dv, double[] saved, int savedOffset);
    }
}
