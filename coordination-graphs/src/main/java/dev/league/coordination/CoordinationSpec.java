package dev.league.coordination;

import java.util.List;

/**
 * Which coordination architecture a member trains, and its sizes (Li, Gupta, Morton, Kochenderfer,
 * "Deep Implicit Coordination Graphs for Multi-agent Reinforcement Learning", AAMAS 2021). Defaults
 * (in parentheses) are the paper's.
 *
 * <p>Policies ({@code policy}):
 * <ul>
 *   <li>{@code dicg-ce} — centralized execution: the categorical head acts on each agent's residual
 *       graph embedding, so each action depends on every present agent's observation;</li>
 *   <li>{@code dicg-de} — decentralized execution: each agent's categorical head sees only its own
 *       observation; the DICG module lives in the centralized critic (requires {@code critic: dicg});</li>
 *   <li>{@code independent} — decentralized actors without any graph (the paper's DEC baseline).</li>
 * </ul>
 * Critics ({@code critic}): {@code dicg} — V = Σ_i MLP(emb_i) over the residual DICG embeddings of
 * the present agents, one centralized value; {@code mlp} — a per-agent value V_i(o_i) of the team
 * return, no communication.
 *
 * @param policy {@code dicg-ce}, {@code dicg-de} or {@code independent} (dicg-ce)
 * @param critic {@code dicg} or {@code mlp} (dicg)
 * @param encoderHidden hidden width of the per-type observation encoder, &gt;= 1 (128)
 * @param embedding width E of the agent embeddings and GCN layers, &gt;= 1 (64)
 * @param gcnLayers number L of graph-convolution layers, &gt;= 0 (2)
 * @param policyHidden hidden widths of the categorical head, each &gt;= 1 (128, 64, 32)
 * @param criticHidden hidden width of the per-agent value MLP, &gt;= 1 (64)
 */
public record CoordinationSpec(String policy, String critic, Integer encoderHidden, Integer embedding, Integer gcnLayers,
        List<Integer> policyHidden, Integer criticHidden) {

    public static final String DICG_CE = "dicg-ce";
    public static final String DICG_DE = "dicg-de";
    public static final String INDEPENDENT = "independent";
    public static final String DICG = "dicg";
    public static final String MLP = "mlp";

    public CoordinationSpec {
        policy = policy == null ? DICG_CE : policy;
        critic = critic == null ? DICG : critic;
        encoderHidden = encoderHidden == null ? 128 : encoderHidden;
        embedding = embedding == null ? 64 : embedding;
        gcnLayers = gcnLayers == null ? 2 : gcnLayers;
        policyHidden = policyHidden == null ? List.of(128, 64, 32) : List.copyOf(policyHidden);
        criticHidden = criticHidden == null ? 64 : criticHidden;
        if (!List.of(DICG_CE, DICG_DE, INDEPENDENT).contains(policy)) {
            throw new IllegalArgumentException("coordination.policy must be one of dicg-ce, dicg-de, independent, was '" + policy + "'");
        }
        if (!List.of(DICG, MLP).contains(critic)) {
            throw new IllegalArgumentException("coordination.critic must be one of dicg, mlp, was '" + critic + "'");
        }
        if (policy.equals(DICG_DE) && !critic.equals(DICG)) {
            throw new IllegalArgumentException("coordination.critic must be dicg when coordination.policy is dicg-de, was '" + critic + "'");
        }
        positive("encoderHidden", encoderHidden);
        positive("embedding", embedding);
        if (gcnLayers < 0 || gcnLayers > 16) {
            throw new IllegalArgumentException("coordination.gcnLayers must be in 0..16, was " + gcnLayers);
        }
        for (int k = 0; k < policyHidden.size(); k++) {
            positive("policyHidden[" + k + "]", policyHidden.get(k));
        }
        positive("criticHidden", criticHidden);
    }

    /** The paper's sizes with the given policy and critic. */
    public static CoordinationSpec of(String policy, String critic) {
        return new CoordinationSpec(policy, critic, null, null, null, null, null);
    }

    /** The same architecture with other sizes (e.g. scaled down for tests). */
    public CoordinationSpec withSizes(int encoderHidden, int embedding, int gcnLayers, List<Integer> policyHidden, int criticHidden) {
        return new CoordinationSpec(policy, critic, encoderHidden, embedding, gcnLayers, policyHidden, criticHidden);
    }

    /** Whether the policy acts on graph embeddings. */
    public boolean centralizedPolicy() {
        return policy.equals(DICG_CE);
    }

    /** Whether the critic is the DICG sum-of-embeddings value. */
    public boolean graphCritic() {
        return critic.equals(DICG);
    }

    private static void positive(String field, Integer value) {
        if (value == null || value < 1) {
            throw new IllegalArgumentException("coordination." + field + " must be >= 1, was " + value);
        }
    }
}
