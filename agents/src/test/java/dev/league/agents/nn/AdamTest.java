package dev.league.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

final class AdamTest {

    private final ParameterSet parameters =
            ParameterSet.allocate(DataType.DOUBLE, List.of(new ParameterShape("p", new long[] {1, 3})));

    @Test
    void step_equalsNaiveAdam_overSeveralSteps_withChangingLearningRate() {
        double[] theta = {0.5, -1.0, 2.0};
        double[] m = new double[3];
        double[] v = new double[3];
        parameters.value("p").assign(org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {theta.clone()}));
        Adam adam = new Adam(parameters);
        double[] rates = {0.1, 0.05, 0.2};
        for (int t = 1; t <= 3; t++) {
            double[] g = {theta[0] * 2, Math.sin(theta[1]), t - theta[2]};
            parameters.gradients().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {g}));
            adam.step(rates[t - 1], 1e9);
            for (int i = 0; i < 3; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                theta[i] -= rates[t - 1] * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        for (int i = 0; i < 3; i++) {
            assertThat(parameters.values().getDouble(0, i)).isCloseTo(theta[i], within(1e-12));
        }
        assertThat(adam.steps()).isEqualTo(3);
    }

    @Test
    void step_clipsToMaximumGlobalNorm() {
        parameters.gradients().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{3, 0, 4}}));
        Adam adam = new Adam(parameters);

        double norm = adam.step(0.1, 1.0);

        assertThat(norm).isCloseTo(5.0, within(1e-12));
        assertThat(parameters.gradients().norm2Number().doubleValue()).isCloseTo(1.0, within(1e-12));
        assertThat(adam.firstMoment().getDouble(0, 2)).isCloseTo(0.1 * 0.8, within(1e-12));
    }

    @Test
    void step_nonPositiveLearningRate_isRejected() {
        Adam adam = new Adam(parameters);

        assertThatThrownBy(() -> adam.step(0, 1)).hasMessageContaining("adam.learningRate must be finite and > 0, was 0.0");
    }
}
