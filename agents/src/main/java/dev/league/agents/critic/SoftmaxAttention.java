package dev.league.agents.critic;

import java.util.Arrays;

/**
 * Exact scaled dot-product attention (Vaswani et al. 2017, eq. 1) restricted to j ≠ i, as in
 * MAAC (Iqbal &amp; Sha 2019, eq. 5-6): α_ij = softmax_{j≠i}(q_i·k_j / sqrt(dh)). The forward pass
 * saves the raw logits q_i·k_j and the weights α_ij per row ([heads, N, N] each) for the backward
 * pass.
 */
final class SoftmaxAttention implements AttentionKernel {

    private final int heads;
    private final int headSize;

    SoftmaxAttention(int heads, int headSize) {
        this.heads = heads;
        this.headSize = headSize;
    }

    @Override
    public int savedSize(int agents) {
        return 2 * heads * agents * agents;
    }

    @Override
    public Worker worker(int agents) {
        return new SoftmaxWorker(agents);
    }

    private final class SoftmaxWorker implements Worker {

        private final int n;
        private final int width = heads * headSize;
        private final double scale = 1 / Math.sqrt(headSize);
        private final double[] weightGradients;
        private final double[] ownSaved;

        SoftmaxWorker(int n) {
            this.n = n;
            this.weightGradients = new double[n];
            this.ownSaved = new double[2 * heads * n * n];
        }

        @Override
        public double forward(double[] q, double[] k, double[] v, double[] x, double[] saved, int savedOffset) {
            if (saved == null) {
                saved = ownSaved;
                savedOffset = 0;
            }
            int weightsOffset = savedOffset + heads * n * n;
            double squares = 0;
            Arrays.fill(x, 0, n * width, 0);
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < n; i++) {
                    int qi = i * width + h * headSize;
                    int row = (h * n + i) * n;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            saved[savedOffset + row + j] = 0;
                            continue;
                        }
                        int kj = j * width + h * headSize;
                        double dot = 0;
                        for (int c = 0; c < headSize; c++) {
                            dot += q[qi + c] * k[kj + c];
                        }
                        saved[savedOffset + row + j] = dot;
                        squares += dot * dot;
                        max = Math.max(max, dot * scale);
                    }
                    double total = 0;
                    for (int j = 0; j < n; j++) {
                        double w = j == i ? 0 : Math.exp(saved[savedOffset + row + j] * scale - max);
                        saved[weightsOffset + row + j] = w;
                        total += w;
                    }
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        double a = saved[weightsOffset + row + j] / total;
                        saved[weightsOffset + row + j] = a;
                        int vj = j * width + h * headSize;
                        for (int c = 0; c < headSize; c++) {
                            x[qi + c] += a * v[vj + c];
                        }
                    }
                }
            }
            return squares;
        }

        @Override
        public void backward(double[] q, double[] k, double[] v, double[] dx, double regularizationScale,
                double[] dq, double[] dk, double[] dv, double[] saved, int savedOffset) {
            if (saved == null) {
                saved = ownSaved;
                savedOffset = 0;
                forward(q, k, v, new double[n * width], saved, savedOffset);
            }
            int weightsOffset = savedOffset + heads * n * n;
            Arrays.fill(dq, 0, n * width, 0);
            Arrays.fill(dk, 0, n * width, 0);
            Arrays.fill(dv, 0, n * width, 0);
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < n; i++) {
                    int xi = i * width + h * headSize;
                    int row = (h * n + i) * n;
                    double weighted = 0;
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        int vj = j * width + h * headSize;
                        double dot = 0;
                        double a = saved[weightsOffset + row + j];
                        for (int c = 0; c < headSize; c++) {
                            dot += dx[xi + c] * v[vj + c];
                            dv[vj + c] += a * dx[xi + c];
                        }
                        weightGradients[j] = dot;
                        weighted += a * dot;
                    }
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        double logitGradient = saved[weightsOffset + row + j] * (weightGradients[j] - weighted) * scale
                                + 2 * regularizationScale * saved[savedOffset + row + j];
                        int kj = j * width + h * headSize;
                        for (int c = 0; c < headSize; c++) {
                            dq[xi + c] += logitGradient * k[kj + c];
                            dk[kj + c] += logitGradient * q[xi + c];
                        }
                    }
                }
            }
        }
    }
}
