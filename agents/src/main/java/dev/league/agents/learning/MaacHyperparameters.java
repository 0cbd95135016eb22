package dev.league.agents.learning;

/**
 * Hyperparameters of {@link MaacLearner}, validated; defaults are the MAAC paper runs'
 * ({@code main.py}, reference-facts §3).
 *
 * @param policyLearningRate Adam step size of the actors, &gt; 0 (1e-3)
 * @param criticLearningRate Adam step size of the critic, &gt; 0 (1e-3)
 * @param discount γ in [0, 1] (0.99)
 * @param tau soft target update rate τ in (0, 1] (1e-3)
 * @param rewardScale 1/α, the inverse entropy temperature, &gt; 0 (100)
 * @param policyMaxGradNorm actors' global-norm clip, &gt; 0 (0.5)
 * @param criticMaxGradNormPerAgent the critic's clip is this times N, &gt; 0 (10)
 * @param logitRegularization weight of mean(logits²) in the policy loss, &gt;= 0 (1e-3)
 */
public record MaacHyperparameters(double policyLearningRate, double criticLearningRate, double discount, double tau,
        double rewardScale, double policyMaxGradNorm, double criticMaxGradNormPerAgent, double logitRegularization) {

    public MaacHyperparameters {
        positive("policyLearningRate", policyLearningRate);
        positive("criticLearningRate", criticLearningRate);
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("maac.discount must be in [0, 1], was " + discount);
        }
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("maac.tau must be in (0, 1], was " + tau);
        }
        positive("rewardScale", rewardScale);
        positive("policyMaxGradNorm", policyMaxGradNorm);
        positive("criticMaxGradNormPerAgent", criticMaxGradNormPerAgent);
        if (!(logitRegularization >= 0) || Double.isInfinite(logitRegularization)) {
            throw new IllegalArgumentException("maac.logitRegularization must be finite and >= 0, was " + logitRegularization);
        }
    }

    public static MaacHyperparameters defaults() {
        return new MaacHyperparameters(1e-3, 1e-3, 0.99, 1e-3, 100, 0.5, 10, 1e-3);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("maac." + name + " must be finite and > 0, was " + value);
        }
    }
}
