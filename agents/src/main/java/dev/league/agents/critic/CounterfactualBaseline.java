package dev.league.agents.critic;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * MAAC's multi-agent advantage (Iqbal &amp; Sha 2019, eq. 8; after COMA, Foerster et al. 2018):
 * b_i(o, a_−i) = Σ_{a'} π_i(a' | o_i) Q_i(o, (a', a_−i)) and A_i = Q_i(o, a) − b_i.
 */
public final class CounterfactualBaseline {

    private CounterfactualBaseline() {}

    /**
     * @param qValues Q_i for every action of agent i, shape [B, A_i] (from {@link MaacCritic#qValues})
     * @param policy π_i(· | o_i), shape [B, A_i], rows summing to 1
     * @return b_i, shape [B]
     */
    public static double[] baseline(INDArray qValues, INDArray policy) {
        requireSameShape(qValues, policy);
        double[] result = new double[Math.toIntExact(qValues.rows())];
        INDArray weighted = qValues.mul(policy.castTo(qValues.dataType())).sum(1);
        for (int b = 0; b < result.length; b++) {
            result[b] = weighted.getDouble(b);
        }
        return result;
    }

    /**
     * @param actions a_i per row, shape [B]
     * @return A_i = Q_i(o, a) − b_i, shape [B]
     */
    public static double[] advantages(INDArray qValues, INDArray policy, int[] actions) {
        double[] baseline = baseline(qValues, policy);
        if (actions.length != baseline.length) {
            throw new IllegalArgumentException("actions must have B = " + baseline.length + " entries, had " + actions.length);
        }
        double[] advantages = new double[baseline.length];
        for (int b = 0; b < advantages.length; b++) {
            advantages[b] = qValues.getDouble(b, actions[b]) - baseline[b];
        }
        return advantages;
    }

    /**
     * The same for one row of flat arrays: b = Σ_a' π(a') Q(a'), returns Q(a) − b.
     *
     * @param qValues Q for every action, [A] from {@code offset}
     * @param policy π over the actions, [A] (0 for masked actions)
     */
    public static double advantage(double[] qValues, int qOffset, double[] policy, int actions, int action) {
        double baseline = 0;
        for (int a = 0; a < actions; a++) {
            baseline += policy[a] * qValues[qOffset + a];
        }
        return qValues[qOffset + action] - baseline;
    }

    private static void requireSameShape(INDArray qValues, INDArray policy) {
        if (qValues.rank() != 2 || !Arrays.equals(qValues.shape(), policy.shape())) {
            throw new IllegalArgumentException("qValues and policy must both be [B, A], were " + Arrays.toString(qValues.shape())
                    + " and " + Arrays.toString(policy.shape()));
        }
    }
}
