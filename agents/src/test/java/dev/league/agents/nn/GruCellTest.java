package dev.league.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class GruCellTest {

    private static final int D = 3;
    private static final int H = 4;
    private static final int BATCH = 2;

    private final ParameterSet parameters;
    private final GruCell cell;

    GruCellTest() {
        List<ParameterShape> manifest = new ArrayList<>();
        GruCell.declare(manifest, "gru", D, H);
        parameters = ParameterSet.allocate(DataType.DOUBLE, manifest);
        cell = GruCell.bind(parameters, "gru", D, H);
        cell.initialize(parameters, "gru", new SplittableRandom(5));
    }

    @Test
    void backwardThroughTime_matchesFiniteDifferences() {
        Nd4j.getRandom().setSeed(9);
        INDArray[] inputs = {Nd4j.randn(DataType.DOUBLE, BATCH, D), Nd4j.randn(DataType.DOUBLE, BATCH, D),
                Nd4j.randn(DataType.DOUBLE, BATCH, D)};
        INDArray h0 = Nd4j.randn(DataType.DOUBLE, BATCH, H).muli(0.5);
        INDArray projection = Nd4j.randn(DataType.DOUBLE, BATCH, H);
        // L = Σ R ⊙ h_3, unrolled over three steps
        java.util.function.DoubleSupplier loss = () -> {
            INDArray h = h0;
            for (INDArray x : inputs) {
                h = cell.forward(x, h).output();
            }
            return h.mul(projection).sumNumber().doubleValue();
        };
        List<GruCell.Step> steps = new ArrayList<>();
        INDArray h = h0;
        for (INDArray x : inputs) {
            GruCell.Step step = cell.forward(x, h);
            steps.add(step);
            h = step.output();
        }
        parameters.zeroGradients();
        INDArray dh = projection.dup();
        INDArray[] inputGradients = new INDArray[inputs.length];
        for (int t = inputs.length - 1; t >= 0; t--) {
            GruCell.Gradients gradients = cell.backward(steps.get(t), dh);
            inputGradients[t] = gradients.input();
            dh = gradients.hidden();
        }

        FiniteDifferences.check(parameters.values(), parameters.gradients(), loss, 200, 1e-7, 1);
        FiniteDifferences.check(h0, dh, loss, 100, 1e-7, 2);
        FiniteDifferences.check(inputs[0], inputGradients[0], loss, 100, 1e-7, 3);
    }

    @Test
    void forward_equalsNaiveFormula() {
        INDArray x = Nd4j.create(new double[][] {{0.5, -1, 2}});
        INDArray h = Nd4j.create(new double[][] {{0.1, -0.2, 0.3, 0.0}});
        INDArray out = cell.forward(x, h).output();

        INDArray wi = parameters.value("gru.input.weight");
        INDArray bi = parameters.value("gru.input.bias");
        INDArray wh = parameters.value("gru.hidden.weight");
        INDArray bh = parameters.value("gru.hidden.bias");
        for (int k = 0; k < H; k++) {
            double[] gi = new double[3];
            double[] gh = new double[3];
            for (int gate = 0; gate < 3; gate++) {
                int column = gate * H + k;
                gi[gate] = bi.getDouble(0, column);
                gh[gate] = bh.getDouble(0, column);
                for (int d = 0; d < D; d++) {
                    gi[gate] += x.getDouble(0, d) * wi.getDouble(d, column);
                }
                for (int j = 0; j < H; j++) {
                    gh[gate] += h.getDouble(0, j) * wh.getDouble(j, column);
                }
            }
            double r = 1 / (1 + Math.exp(-(gi[0] + gh[0])));
            double z = 1 / (1 + Math.exp(-(gi[1] + gh[1])));
            double n = Math.tanh(gi[2] + r * gh[2]);
            assertThat(out.getDouble(0, k)).isCloseTo((1 - z) * n + z * h.getDouble(0, k), within(1e-12));
        }
    }
}
