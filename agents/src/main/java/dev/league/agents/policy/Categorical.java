package dev.league.agents.policy;

import java.util.random.RandomGenerator;

/** Choosing from a categorical distribution given as log-probabilities, −∞ for unavailable actions. */
public final class Categorical {

    private Categorical() {}

    /** Inverse-CDF sampling from {@code logProbabilities[offset .. offset + count)}. */
    public static int sample(double[] logProbabilities, int offset, int count, RandomGenerator random) {
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

    /** The index of the largest available (&gt; −∞) of {@code logProbabilities[offset .. offset + count)}. */
    public static int mostProbable(double[] logProbabilities, int offset, int count) {
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
