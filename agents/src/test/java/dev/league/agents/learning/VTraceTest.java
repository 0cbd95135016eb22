package dev.league.agents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class VTraceTest {

    @Test
    void compute_workedExampleFromTheNotes() {
        // reference-facts §6.1: γ = 0.9, r = [1, 0, 2], V = [0.5, 0.4, 0.3], bootstrap 0.2, π/μ = [1, 2, 0.5]
        double[] logRhos = {Math.log(1), Math.log(2), Math.log(0.5)};

        VTrace.Returns returns = VTrace.compute(logRhos, new double[] {0.9, 0.9, 0.9}, new double[] {1, 0, 2},
                new double[] {0.5, 0.4, 0.3}, new double[] {0.2}, 1.0, 1.0);

        assertThat(returns.valueTargets()).containsExactly(new double[] {2.0044, 1.116, 1.24}, within(1e-12));
        assertThat(returns.policyGradientAdvantages()).containsExactly(new double[] {1.5044, 0.716, 0.94}, within(1e-12));
    }

    @Test
    void compute_equalsBruteForceDefinition_onRandomBatches() {
        SplittableRandom random = new SplittableRandom(4);
        int steps = 6;
        int columns = 3;
        int n = steps * columns;
        double[] logRhos = new double[n];
        double[] discounts = new double[n];
        double[] rewards = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            logRhos[i] = random.nextGaussian();
            discounts[i] = random.nextDouble() < 0.2 ? 0 : 0.95;
            rewards[i] = random.nextGaussian();
            values[i] = random.nextGaussian();
        }
        double[] bootstrap = {0.3, -0.7, 1.1};
        double rhoBar = 1.2;
        double cBar = 0.9;

        VTrace.Returns returns = VTrace.compute(logRhos, discounts, rewards, values, bootstrap, rhoBar, cBar);

        // v_s = V(x_s) + Σ_{t≥s} (Π_{k<t, k≥s} γ_k c_k) ρ_t (r_t + γ_t V(x_{t+1}) − V(x_t))  (IMPALA eq. 1)
        for (int b = 0; b < columns; b++) {
            for (int s = 0; s < steps; s++) {
                double expected = values[s * columns + b];
                double product = 1;
                for (int t = s; t < steps; t++) {
                    int i = t * columns + b;
                    double next = t + 1 < steps ? values[(t + 1) * columns + b] : bootstrap[b];
                    double ratio = Math.exp(logRhos[i]);
                    expected += product * Math.min(rhoBar, ratio) * (rewards[i] + discounts[i] * next - values[i]);
                    product *= discounts[i] * Math.min(cBar, ratio);
                }
                assertThat(returns.valueTargets()[s * columns + b]).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void compute_onPolicy_equalsGaeWithLambdaOne() {
        double[] discounts = {0.9, 0.9, 0, 0.9};
        double[] rewards = {1, -1, 2, 0.5};
        double[] values = {0.1, 0.2, 0.3, 0.4};

        VTrace.Returns vtrace = VTrace.compute(new double[4], discounts, rewards, values, new double[] {0.7}, 1, 1);
        Gae.Returns gae = Gae.compute(discounts, rewards, values, new double[] {0.7}, 1.0);

        assertThat(vtrace.valueTargets()).containsExactly(gae.valueTargets(), within(1e-12));
    }
}
