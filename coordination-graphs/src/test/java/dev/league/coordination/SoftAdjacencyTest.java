package dev.league.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

final class SoftAdjacencyTest {

    @Test
    void compute_rowsOfPresentAgentsSumToOne_absentAgentsAreZero() {
        Nd4j.getRandom().setSeed(1);
        INDArray embeddings = Nd4j.randn(DataType.DOUBLE, 2, 4, 3);
        INDArray present = Nd4j.create(new double[][] {{1, 1, 0, 1}, {1, 1, 1, 1}});

        INDArray adjacency = SoftAdjacency.compute(embeddings, present);

        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < 4; i++) {
                double rowSum = adjacency.get(NDArrayIndex.point(b), NDArrayIndex.point(i), NDArrayIndex.all()).sumNumber().doubleValue();
                assertThat(rowSum).isCloseTo(present.getDouble(b, i), within(1e-12));
            }
        }
        for (int i = 0; i < 4; i++) {
            assertThat(adjacency.getDouble(0, i, 2)).isZero();
        }
    }

    @Test
    void compute_isPermutationEquivariant() {
        Nd4j.getRandom().setSeed(2);
        INDArray embeddings = Nd4j.randn(DataType.DOUBLE, 1, 5, 3);
        INDArray present = Nd4j.ones(DataType.DOUBLE, 1, 5);
        int[] permutation = {3, 0, 4, 1, 2};
        INDArray permuted = Nd4j.zeros(DataType.DOUBLE, 1, 5, 3);
        for (int i = 0; i < 5; i++) {
            permuted.get(NDArrayIndex.point(0), NDArrayIndex.point(i), NDArrayIndex.all())
                    .assign(embeddings.get(NDArrayIndex.point(0), NDArrayIndex.point(permutation[i]), NDArrayIndex.all()));
        }

        INDArray original = SoftAdjacency.compute(embeddings, present);
        INDArray result = SoftAdjacency.compute(permuted, present);

        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(result.getDouble(0, i, j)).isCloseTo(original.getDouble(0, permutation[i], permutation[j]), within(1e-12));
            }
        }
    }

    @Test
    void compute_matchesNaiveLoop() {
        INDArray embeddings = Nd4j.create(new double[] {1, 0, 0, 1, 1, 1}, new long[] {1, 3, 2});
        INDArray adjacency = SoftAdjacency.compute(embeddings, Nd4j.ones(DataType.DOUBLE, 1, 3));

        double[][] e = {{1, 0}, {0, 1}, {1, 1}};
        for (int i = 0; i < 3; i++) {
            double[] scores = new double[3];
            double total = 0;
            for (int j = 0; j < 3; j++) {
                scores[j] = Math.exp((e[i][0] * e[j][0] + e[i][1] * e[j][1]) / Math.sqrt(2));
                total += scores[j];
            }
            for (int j = 0; j < 3; j++) {
                assertThat(adjacency.getDouble(0, i, j)).isCloseTo(scores[j] / total, within(1e-12));
            }
        }
    }
}
