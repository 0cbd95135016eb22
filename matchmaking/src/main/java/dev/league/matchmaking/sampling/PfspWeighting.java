package dev.league.matchmaking.sampling;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Prioritized fictitious self-play (PFSP): a learner meets candidate B with probability
 * {@code f(winRate(learner, B)) / sum over candidates}, uniform when that sum is below 1e-10.
 * AlphaStar (Vinyals et al., Nature 2019, Methods "Prioritized fictitious self-play" and the
 * supplementary pseudocode {@code pfsp.py}; mirror liuruoze/mini-AlphaStar
 * {@code alphastarmini/core/ma/pfsp.py}). The paper's f_hard(x) = (1 - x)^p with p = 2 is
 * {@link #SQUARED}, f_var(x) = x (1 - x) is {@link #VARIANCE}.
 */
public enum PfspWeighting {

    /** (1 - x)^2: focus on the hardest opponents (AlphaStar main agents against the league). */
    SQUARED("squared") {
        @Override
        public double weight(double winRate) {
            double loss = 1 - winRate;
            return loss * loss;
        }
    },
    /** x (1 - x): opponents of about the learner's level (curriculum). */
    VARIANCE("variance") {
        @Override
        public double weight(double winRate) {
            return winRate * (1 - winRate);
        }
    },
    /** 1 - x. */
    LINEAR("linear") {
        @Override
        public double weight(double winRate) {
            return 1 - winRate;
        }
    },
    /** min(0.5, 1 - x): AlphaStar league exploiters. */
    LINEAR_CAPPED("linear-capped") {
        @Override
        public double weight(double winRate) {
            return Math.min(0.5, 1 - winRate);
        }
    };

    /** Below this total weight the draw is uniform (the pseudocode's 1e-10). */
    static final double MIN_TOTAL = 1e-10;

    private final String configName;

    PfspWeighting(String configName) {
        this.configName = configName;
    }

    /** f(winRate), unnormalized, for a win rate in [0, 1]. */
    public abstract double weight(double winRate);

    /** The name used in the league config ({@code matchmaking.pfspWeighting}). */
    public String configName() {
        return configName;
    }

    /** Config names of all weightings, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(PfspWeighting::configName).toList();
    }

    /** The weighting named {@code name} in the config. */
    public static PfspWeighting fromName(String name) {
        for (PfspWeighting weighting : values()) {
            if (weighting.configName.equals(name)) {
                return weighting;
            }
        }
        throw new IllegalArgumentException("PFSP weighting must be one of " + names() + ", was '" + name + "'");
    }

    /**
     * Selection probabilities.
     *
     * @param winRates the learner's win rate against each candidate, length C
     * @return probability of each candidate, length C, summing to 1
     */
    public double[] probabilities(double[] winRates) {
        int count = winRates.length;
        double[] probabilities = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            probabilities[i] = weight(winRates[i]);
            total += probabilities[i];
        }
        for (int i = 0; i < count; i++) {
            probabilities[i] = total < MIN_TOTAL ? 1.0 / count : probabilities[i] / total;
        }
        return probabilities;
    }

    /**
     * Draws one candidate, without allocating.
     *
     * @param winRates the learner's win rate against each candidate, first {@code count} used
     * @param count number of candidates C, >= 1
     * @return the chosen candidate's position in 0..C-1
     */
    public int sample(double[] winRates, int count, RandomGenerator random) {
        if (count < 1) {
            throw new IllegalArgumentException("PFSP needs at least one candidate, had " + count);
        }
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += weight(winRates[i]);
        }
        if (total < MIN_TOTAL) {
            return random.nextInt(count);
        }
        double target = random.nextDouble() * total;
        double cumulative = 0;
        int lastPositive = 0;
        for (int i = 0; i < count; i++) {
            double weight = weight(winRates[i]);
            if (weight > 0) {
                cumulative += weight;
                lastPositive = i;
                if (target < cumulative) {
                    return i;
                }
            }
        }
        return lastPositive; // rounding: target within an ulp of the total
    }
}
