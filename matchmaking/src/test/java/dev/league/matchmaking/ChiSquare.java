package dev.league.matchmaking;

/** Pearson's chi-square goodness-of-fit test, for the sampling-frequency tests (test helper). */
public final class ChiSquare {

    /** Upper 0.1 % points of the chi-square distribution, by degrees of freedom 1..12. */
    private static final double[] CRITICAL_0_001 = {10.828, 13.816, 16.266, 18.467, 20.515, 22.458, 24.322, 26.124,
        27.877, 29.588, 31.264, 32.909};

    private ChiSquare() {}

    /**
     * @param observed counts per category, [K]
     * @param probabilities expected probability per category, [K]; categories with probability 0
     *     must have count 0 and do not count as a degree of freedom
     * @return sum over categories of (observed - expected)^2 / expected, +infinity if an impossible
     *     category was observed
     */
    public static double statistic(long[] observed, double[] probabilities) {
        long total = 0;
        for (long count : observed) {
            total += count;
        }
        double statistic = 0;
        for (int k = 0; k < observed.length; k++) {
            double expected = probabilities[k] * total;
            if (expected == 0) {
                if (observed[k] > 0) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double difference = observed[k] - expected;
            statistic += difference * difference / expected;
        }
        return statistic;
    }

    /** The statistic's upper 0.1 % point for the categories of nonzero probability (K' - 1 degrees of freedom). */
    public static double critical(double[] probabilities) {
        int categories = 0;
        for (double probability : probabilities) {
            categories += probability > 0 ? 1 : 0;
        }
        return CRITICAL_0_001[categories - 2];
    }
}
