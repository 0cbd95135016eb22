package dev.league.agents.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class LinearSoftmaxPolicyTest {

    private final LinearSoftmaxPolicy policy = new LinearSoftmaxPolicy(
            Nd4j.create(new double[][] {{1, 0}, {0, 1}, {-1, -1}}).castTo(DataType.DOUBLE),
            Nd4j.create(new double[][] {{0.1, 0.2, 0.3}}).castTo(DataType.DOUBLE));

    @Test
    void probabilities_matchNaiveSoftmax() {
        double[][] x = {{0.5, -1.0}, {2.0, 0.25}};

        INDArray probabilities = policy.probabilities(Nd4j.create(x), null);

        double[][] w = {{1, 0}, {0, 1}, {-1, -1}};
        double[] b = {0.1, 0.2, 0.3};
        for (int row = 0; row < x.length; row++) {
            double[] logits = new double[3];
            double total = 0;
            for (int a = 0; a < 3; a++) {
                logits[a] = b[a] + w[a][0] * x[row][0] + w[a][1] * x[row][1];
                total += Math.exp(logits[a]);
            }
            for (int a = 0; a < 3; a++) {
                assertThat(probabilities.getDouble(row, a)).isCloseTo(Math.exp(logits[a]) / total, within(1e-12));
            }
        }
    }

    @Test
    void act_neverChoosesMaskedAction() {
        float[][] observations = new float[64][];
        boolean[][] masks = new boolean[64][];
        for (int row = 0; row < 64; row++) {
            observations[row] = new float[] {row % 3 - 1f, 1f};
            masks[row] = new boolean[] {row % 2 == 0, true, false};
        }
        SplittableRandom random = new SplittableRandom(4);

        for (int repeat = 0; repeat < 20; repeat++) {
            int[] actions = policy.act(observations, masks, random);
            for (int row = 0; row < 64; row++) {
                assertThat(masks[row][actions[row]]).isTrue();
            }
        }
    }

    @Test
    void probabilities_maskedActionsAreExactlyZero_andRowsSumToOne() {
        INDArray masks = Nd4j.create(new double[][] {{1, 0, 1}, {0, 0, 1}});

        INDArray probabilities = policy.probabilities(Nd4j.create(new double[][] {{3, 3}, {1, 1}}), masks);

        assertThat(probabilities.getDouble(0, 1)).isZero();
        assertThat(probabilities.getDouble(1, 2)).isEqualTo(1.0, within(1e-12));
        assertThat(probabilities.sum(1).getDouble(0)).isCloseTo(1.0, within(1e-12));
    }
}
