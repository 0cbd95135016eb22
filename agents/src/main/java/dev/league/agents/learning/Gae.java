package dev.league.agents.learning;

/**
 * Generalized advantage estimation (Schulman et al., ICLR 2016, eq. 16) for on-policy data:
 * δ_t = r_t + γ_t V(x_{t+1}) − V(x_t), Â_t = δ_t + γ_t λ Â_{t+1}, value targets Â_t + V(x_t).
 * Arrays are time-major [T, B]; γ_t = γ (1 − done_t) cuts traces at episode ends.
 */
public final class Gae {

    private Gae() {}

    /** advantages Â [T, B] and value targets Â + V [T, B]. */
    public record Returns(double[] advantages, double[] valueTargets) {}

    public static Returns compute(double[] discounts, double[] rewards, double[] values, double[] bootstrap, double lambda) {
        int b = bootstrap.length;
        int n = values.length;
        if (b == 0 || n % b != 0 || discounts.length != n || rewards.length != n) {
            throw new IllegalArgumentException("gae inputs must all be [T, B] with B = " + b + ", had lengths " + discounts.length + ", "
                    + rewards.length + ", " + values.length);
        }
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("gae.lambda must be in [0, 1], was " + lambda);
        }
        int steps = n / b;
        double[] advantages = new double[n];
        double[] targets = new double[n];
        for (int column = 0; column < b; column++) {
            double next = 0;
            double nextValue = bootstrap[column];
            for (int t = steps - 1; t >= 0; t--) {
                int i = t * b + column;
                double delta = rewards[i] + discounts[i] * nextValue - values[i];
                next = delta + discounts[i] * lambda * next;
                advantages[i] = next;
                targets[i] = next + values[i];
                nextValue = values[i];
            }
        }
        return new Returns(advantages, targets);
    }
}
