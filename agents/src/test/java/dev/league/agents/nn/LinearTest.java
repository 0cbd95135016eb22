package dev.league.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class LinearTest {

    private static final int IN = 5;
    private static final int OUT = 4;
    private static final int BATCH = 3;

    private final ParameterSet parameters;
    private final Linear layer;
    private final INDArray x;
    private final INDArray projection;

    LinearTest() {
        List<ParameterShape> manifest = new ArrayList<>();
        Linear.declare(manifest, "layer", IN, OUT, true);
        parameters = ParameterSet.allocate(DataType.DOUBLE, manifest);
        layer = Linear.bind(parameters, "layer", IN, OUT, true);
        layer.initialize(parameters, "layer", new SplittableRandom(1));
        Nd4j.getRandom().setSeed(3);
        x = Nd4j.randn(DataType.DOUBLE, BATCH, IN);
        projection = Nd4j.randn(DataType.DOUBLE, BATCH, OUT);
    }

    /** L = Σ R ⊙ f(x W + b). */
    private double loss(Activation activation) {
        INDArray y = layer.forward(x);
        activation.forwardInPlace(y);
        return y.mul(projection).sumNumber().doubleValue();
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backward_matchesFiniteDifferences_forEveryActivation(Activation activation) {
        INDArray y = layer.forward(x);
        activation.forwardInPlace(y);
        INDArray gradient = projection.dup();
        activation.backwardInPlace(y, gradient, Nd4j.createUninitialized(DataType.DOUBLE, y.shape()));
        parameters.zeroGradients();
        INDArray inputGradient = layer.backward(x, gradient);

        FiniteDifferences.check(parameters.values(), parameters.gradients(), () -> loss(activation), 100, 1e-7, 1);
        FiniteDifferences.check(x, inputGradient, () -> loss(activation), 100, 1e-7, 2);
    }

    @Test
    void forward_equalsNaiveLoop() {
        INDArray y = layer.forward(x);
        INDArray w = parameters.value("layer.weight");
        INDArray b = parameters.value("layer.bias");
        for (int row = 0; row < BATCH; row++) {
            for (int o = 0; o < OUT; o++) {
                double expected = b.getDouble(0, o);
                for (int i = 0; i < IN; i++) {
                    expected += x.getDouble(row, i) * w.getDouble(i, o);
                }
                assertThat(y.getDouble(row, o)).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void backward_accumulatesAcrossCalls() {
        parameters.zeroGradients();
        layer.backward(x, projection);
        INDArray once = parameters.gradients().dup();
        layer.backward(x, projection);

        assertThat(parameters.gradients().equalsWithEps(once.mul(2), 1e-12)).isTrue();
    }

    @Test
    void views_shareTheFlatVector() {
        parameters.value("layer.bias").assign(7);

        long[] range = parameters.range("layer.bias");
        assertThat(parameters.values().getDouble(0, range[0])).isEqualTo(7.0);
        assertThat(parameters.values().getDouble(0, range[1] - 1)).isEqualTo(7.0);
    }
}
