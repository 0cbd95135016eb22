package dev.league.agents.learning;

/**
 * Advantages scaled to mean 0 and standard deviation 1 before the policy gradient, as PPO
 * implementations do by default (Sample Factory, CleanRL, Stable-Baselines3): the gradient's size
 * then no longer follows the reward scale. Used by APPO ({@code agent.normalizeAdvantages}) and
 * always by the DICG learners (over present agents).
 */
public final class AdvantageNormalization {

    private AdvantageNormalization() {}

    /** (Â − mean) / (std + 1e-8) over all entries. */
    public static double[] normalized(double[] advantages) {
        return normalized(advantages, null);
    }

    /**
     * (Â − mean) / (std + 1e-8), with mean and std over the entries whose weight is 1 only.
     *
     * @param present per entry 1 (counts) or 0 (ignored for the statistics, still scaled); null = all count
     */
    public static double[] normalized(double[] advantages, double[] present) {
        double sum = 0;
        double count = 0;
        for (int k = 0; k < advantages.length; k++) {
            double w = present == null ? 1 : present[k];
            sum += w * advantages[k];
            count += w;
        }
        double mean = sum / Math.max(count, 1);
        double squares = 0;
        for (int k = 0; k < advantages.length; k++) {
            double w = present == null ? 1 : present[k];
            squares += w * (advantages[k] - mean) * (advantages[k] - mean);
        }
        double scale = 1 / (Math.sqrt(squares / Math.max(count, 1)) + 1e-8);
        double[] out = new double[advantages.length];
        for (int k = 0; k < advantages.length; k++) {
            out[k] = (advantages[k] - mean) * scale;
        }
        return out;
    }
}
