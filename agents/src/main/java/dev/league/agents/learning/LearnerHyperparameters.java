package dev.league.agents.learning;

/**
 * Every hyperparameter of {@link ActorCriticLearner}, validated. Replace the record between updates
 * ({@link ActorCriticLearner#setHyperparameters}) — e.g. after a PBT explore step — without losing
 * the optimizer state. Defaults are Sample Factory's APPO defaults (reference-facts §6.2).
 *
 * @param learningRate Adam step size, &gt; 0 (default 1e-4)
 * @param entropyCoefficient weight of the entropy bonus, &gt;= 0 (0.003)
 * @param clipRatio ε of the PPO clip, ratio kept in [1/(1+ε), 1+ε], &gt; 0 (0.1)
 * @param discount γ in [0, 1] (0.99)
 * @param gaeLambda λ of GAE in [0, 1] (0.95)
 * @param rhoBar ρ̄, V-trace truncation of the value-target importance weights, &gt; 0 (1.0)
 * @param cBar c̄, V-trace truncation of the trace-cutting weights, &gt; 0 and &lt;= ρ̄ (1.0)
 * @param valueCoefficient weight of the value loss ½(V − target)², &gt;= 0 (0.5)
 * @param maxGradNorm global gradient-norm clip, &gt; 0 (4.0)
 */
public record LearnerHyperparameters(double learningRate, double entropyCoefficient, double clipRatio, double discount,
        double gaeLambda, double rhoBar, double cBar, double valueCoefficient, double maxGradNorm) {

    public LearnerHyperparameters {
        positive("learningRate", learningRate);
        nonNegative("entropyCoefficient", entropyCoefficient);
        positive("clipRatio", clipRatio);
        unit("discount", discount);
        unit("gaeLambda", gaeLambda);
        positive("rhoBar", rhoBar);
        positive("cBar", cBar);
        if (cBar > rhoBar) {
            throw new IllegalArgumentException("learner.cBar must be <= learner.rhoBar (" + rhoBar + "), was " + cBar);
        }
        nonNegative("valueCoefficient", valueCoefficient);
        positive("maxGradNorm", maxGradNorm);
    }

    public static LearnerHyperparameters defaults() {
        return new LearnerHyperparameters(1e-4, 0.003, 0.1, 0.99, 0.95, 1.0, 1.0, 0.5, 4.0);
    }

    public LearnerHyperparameters withLearningRate(double value) {
        return new LearnerHyperparameters(value, entropyCoefficient, clipRatio, discount, gaeLambda, rhoBar, cBar, valueCoefficient,
                maxGradNorm);
    }

    public LearnerHyperparameters withEntropyCoefficient(double value) {
        return new LearnerHyperparameters(learningRate, value, clipRatio, discount, gaeLambda, rhoBar, cBar, valueCoefficient,
                maxGradNorm);
    }

    public LearnerHyperparameters withDiscount(double value) {
        return new LearnerHyperparameters(learningRate, entropyCoefficient, clipRatio, value, gaeLambda, rhoBar, cBar, valueCoefficient,
                maxGradNorm);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("learner." + name + " must be finite and > 0, was " + value);
        }
    }

    private static void nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("learner." + name + " must be finite and >= 0, was " + value);
        }
    }

    private static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("learner." + name + " must be in [0, 1], was " + value);
        }
    }
}
