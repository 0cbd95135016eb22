package dev.league.agents.learning;

/**
 * V-trace targets (Espeholt et al., "IMPALA", ICML 2018, Sec. 4.1, eq. 1 and Remark 1), as in
 * deepmind/scalable_agent {@code vtrace.py}. Arrays are time-major [T, B] flattened
 * ({@code t * B + b}); bootstrap values are [B].
 *
 * <pre>
 *   ρ_t = min(ρ̄, π/μ),  c_t = min(c̄, π/μ),  δ_t = ρ_t (r_t + γ_t V(x_{t+1}) − V(x_t))
 *   v_s − V(x_s) = δ_s + γ_s c_s (v_{s+1} − V(x_{s+1})),   v_T = V(x_T)
 *   advantage_s = r_s + γ_s v_{s+1} − V(x_s),  policy-gradient advantage = ρ^pg_s · advantage_s
 * </pre>
 */
public final class VTrace {

    private VTrace() {}

    /**
     * @param valueTargets v_s [T, B]
     * @param advantages r_s + γ_s v_{s+1} − V(x_s), unweighted [T, B] (PPO multiplies by its own ratio)
     * @param policyGradientWeights ρ^pg_s = min(ρ̄, π/μ) [T, B]
     */
    public record Returns(double[] valueTargets, double[] advantages, double[] policyGradientWeights) {

        /** ρ^pg_s · advantage_s, IMPALA's policy-gradient advantage [T, B]. */
        public double[] policyGradientAdvantages() {
            double[] result = new double[advantages.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = policyGradientWeights[i] * advantages[i];
            }
            return result;
        }
    }

    /**
     * @param logRhos log π(a_t|x_t) − log μ(a_t|x_t), [T, B]
     * @param discounts γ_t = γ · (1 − done_t), [T, B]
     * @param rewards r_t, [T, B]
     * @param values V(x_t), [T, B]
     * @param bootstrap V(x_T), [B]
     */
    public static Returns compute(double[] logRhos, double[] discounts, double[] rewards, double[] values, double[] bootstrap,
            double rhoBar, double cBar) {
        int b = bootstrap.length;
        int n = values.length;
        if (b == 0 || n % b != 0 || logRhos.length != n || discounts.length != n || rewards.length != n) {
            throw new IllegalArgumentException("vtrace inputs must all be [T, B] with B = " + b + ", had lengths " + logRhos.length
                    + ", " + discounts.length + ", " + rewards.length + ", " + values.length);
        }
        int steps = n / b;
        double[] targets = new double[n];
        double[] advantages = new double[n];
        double[] weights = new double[n];
        for (int column = 0; column < b; column++) {
            double nextCorrection = 0;  // v_{s+1} − V(x_{s+1})
            double nextTarget = bootstrap[column];
            double nextValue = bootstrap[column];
            for (int t = steps - 1; t >= 0; t--) {
                int i = t * b + column;
                double ratio = Math.exp(logRhos[i]);
                double rho = Math.min(rhoBar, ratio);
                double c = Math.min(cBar, ratio);
                double delta = rho * (rewards[i] + discounts[i] * nextValue - values[i]);
                double correction = delta + discounts[i] * c * nextCorrection;
                targets[i] = values[i] + correction;
                advantages[i] = rewards[i] + discounts[i] * nextTarget - values[i];
                weights[i] = rho;
                nextCorrection = correction;
                nextTarget = targets[i];
                nextValue = values[i];
            }
        }
        return new Returns(targets, advantages, weights);
    }
}
