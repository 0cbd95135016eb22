package dev.league.flink.training;

import java.util.random.RandomGenerator;

/**
 * Batched inference for one side of K games (SEED RL's central inference, per side): one call
 * chooses every agent's action in every game.
 */
public interface SidePolicy {

    /**
     * @param observations [K, n, D]
     * @param masks available actions [K, n, A]; a chosen action is always available
     * @param games K
     * @param agents n
     * @param actions out: flat actions [K, n]
     * @param logProbabilities out: log π(a | o) of the chosen actions [K, n]
     */
    void act(float[] observations, boolean[] masks, int games, int agents, int[] actions, float[] logProbabilities,
            RandomGenerator random);

    /** Inverse-CDF sampling from log-probabilities {@code logits[offset .. offset + count)}; −∞ = unavailable. */
    static int sample(double[] logProbabilities, int offset, int count, RandomGenerator random) {
        double u = random.nextDouble();
        double cumulative = 0;
        int last = -1;
        for (int k = 0; k < count; k++) {
            double p = Math.exp(logProbabilities[offset + k]);
            if (p > 0) {
                cumulative += p;
                last = k;
                if (u < cumulative) {
                    return k;
                }
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no available action");
        }
        return last;
    }

    /** The index of the largest of {@code logProbabilities[offset .. offset + count)} that is available (> −∞). */
    static int mostProbable(double[] logProbabilities, int offset, int count) {
        int best = -1;
        for (int k = 0; k < count; k++) {
            double value = logProbabilities[offset + k];
            if (value > Double.NEGATIVE_INFINITY && (best < 0 || value > logProbabilities[offset + best])) {
                best = k;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no available action");
        }
        return best;
    }
}
