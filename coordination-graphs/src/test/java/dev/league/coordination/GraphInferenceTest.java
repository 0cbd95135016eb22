package dev.league.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class GraphInferenceTest {

    private static final int N = 4;
    private static final int D = 5;
    private static final int HIDDEN = 7;
    private static final int E = 6;

    private record Module(ParameterSet parameters, GraphInference graph) {}

    private static Module module(int[] types, int layers, long seed) {
        List<ParameterShape> manifest = new ArrayList<>();
        GraphInference.declare(manifest, "graph", D, types, HIDDEN, E, layers);
        ParameterSet parameters = ParameterSet.allocate(DataType.DOUBLE, manifest);
        GraphInference graph = GraphInference.bind(parameters, "graph", types.length, D, types, HIDDEN, E, layers);
        graph.initialize(parameters, "graph", new SplittableRandom(seed));
        // larger attention weights so the adjacency is far from uniform and its gradient is not tiny
        parameters.value("graph.attention.weight").muli(4);
        return new Module(parameters, graph);
    }

    private static INDArray observations(int batch, int agents, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[batch * agents * D];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextDouble() * 2 - 1;
        }
        return Nd4j.createFromArray(values).reshape('c', batch, agents, D);
    }

    private static double[] weights(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[length];
        for (int k = 0; k < length; k++) {
            values[k] = random.nextDouble() * 2 - 1;
        }
        return values;
    }

    private static double dot(double[] a, double[] b) {
        double total = 0;
        for (int k = 0; k < a.length; k++) {
            total += a[k] * b[k];
        }
        return total;
    }

    @Test
    void backward_adjacencyLoss_matchesCentralDifferences() {
        Module module = module(new int[] {0, 0, 0, 0}, 2, 1);
        INDArray obs = observations(3, N, 2);
        double[] present = {1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1};
        double[] r = weights(3 * N * N, 3);
        GraphInference.Pass pass = module.graph().forward(obs, present);
        module.parameters().zeroGradients();
        module.graph().backward(pass, Nd4j.zeros(DataType.DOUBLE, 3 * N, E), r);

        double worst = GradientCheck.check(module.parameters(), () -> dot(module.graph().forward(obs, present).adjacency(), r),
                6, 1e-6, 4);

        assertThat(module.parameters().gradient("graph.attention.weight").norm2Number().doubleValue()).isGreaterThan(1e-3);
        assertThat(worst).isLessThan(1e-6);
    }

    @Test
    void backward_residualGcnOutputLoss_matchesCentralDifferences_andTrainsGcnWeights() {
        Module module = module(new int[] {0, 0, 0, 0}, 2, 5);
        INDArray obs = observations(3, N, 6);
        double[] present = {1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0};
        double[] r = weights(3 * N * E, 7);
        GraphInference.Pass pass = module.graph().forward(obs, present);
        module.parameters().zeroGradients();
        module.graph().backward(pass, Nd4j.createFromArray(r).reshape('c', 3 * N, E), null);

        GradientCheck.check(module.parameters(), () -> dot(GraphInference.values(module.graph().forward(obs, present).output()), r),
                6, 1e-6, 8);

        for (String name : List.of("graph.gcn0.weight", "graph.gcn0.bias", "graph.gcn1.weight", "graph.gcn1.bias",
                "graph.attention.weight", "graph.encoder0.layer0.weight")) {
            assertThat(module.parameters().gradient(name).norm2Number().doubleValue()).as(name).isGreaterThan(1e-4);
        }
    }

    @Test
    void backward_heterogeneousEncoders_matchesCentralDifferences() {
        Module module = module(new int[] {1, 0, 1, 0}, 2, 9);
        INDArray obs = observations(2, N, 10);
        double[] present = {1, 1, 1, 1, 1, 0, 1, 1};
        double[] r = weights(2 * N * E, 11);
        GraphInference.Pass pass = module.graph().forward(obs, present);
        module.parameters().zeroGradients();
        module.graph().backward(pass, Nd4j.createFromArray(r).reshape('c', 2 * N, E), null);

        GradientCheck.check(module.parameters(), () -> dot(GraphInference.values(module.graph().forward(obs, present).output()), r),
                6, 1e-6, 12);

        assertThat(module.parameters().gradient("graph.encoder1.layer0.weight").norm2Number().doubleValue()).isGreaterThan(1e-4);
    }

    @Test
    void forward_adjacencyRowsSumToOne_includeSelf_absentAgentsZero() {
        Module module = module(new int[] {0, 0, 0, 0}, 2, 13);
        double[] present = {1, 0, 1, 1};
        GraphInference.Pass pass = module.graph().forward(observations(1, N, 14), present);

        double[] m = pass.adjacency();
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int j = 0; j < N; j++) {
                sum += m[i * N + j];
                if (present[i] == 0 || present[j] == 0) {
                    assertThat(m[i * N + j]).as("M[%s][%s]", i, j).isZero();
                }
            }
            assertThat(sum).isCloseTo(present[i], within(1e-12));
            if (present[i] == 1) {
                assertThat(m[i * N + i]).isGreaterThan(0);
            }
        }
        for (int c = 0; c < E; c++) {
            assertThat(pass.output().getDouble(1, c)).isZero();
        }
    }

    @Test
    void forward_absentAgentObservation_doesNotInfluencePresentAgents() {
        Module module = module(new int[] {0, 0, 0, 0}, 2, 15);
        double[] present = {1, 1, 0, 1};
        INDArray obs = observations(1, N, 16);
        INDArray changed = obs.dup();
        changed.slice(0).getRow(2).assign(Nd4j.createFromArray(weights(D, 17)).muli(5));

        GraphInference.Pass original = module.graph().forward(obs, present);
        GraphInference.Pass result = module.graph().forward(changed, present);

        assertThat(result.adjacency()).containsExactly(original.adjacency());
        assertThat(GraphInference.values(result.output())).containsExactly(GraphInference.values(original.output()));
        // and the observation does matter when the agent is present
        double[] all = {1, 1, 1, 1};
        assertThat(GraphInference.values(module.graph().forward(changed, all).output()))
                .isNotEqualTo(GraphInference.values(module.graph().forward(obs, all).output()));
    }

    @Test
    void forward_isPermutationEquivariant() {
        Module module = module(new int[] {0, 0, 0, 0}, 2, 18);
        INDArray obs = observations(1, N, 19);
        int[] permutation = {2, 0, 3, 1};
        INDArray permuted = obs.dup();
        for (int i = 0; i < N; i++) {
            permuted.slice(0).getRow(i).assign(obs.slice(0).getRow(permutation[i]));
        }
        double[] present = {1, 1, 1, 1};

        GraphInference.Pass original = module.graph().forward(obs, present);
        GraphInference.Pass result = module.graph().forward(permuted, present);

        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                assertThat(result.adjacency()[i * N + j]).isCloseTo(original.adjacency()[permutation[i] * N + permutation[j]],
                        within(1e-12));
            }
            for (int c = 0; c < E; c++) {
                assertThat(result.output().getDouble(i, c)).isCloseTo(original.output().getDouble(permutation[i], c), within(1e-12));
            }
        }
    }

    @Test
    void forward_matchesNaiveLoop() {
        Module module = module(new int[] {0, 0, 0, 0}, 1, 20);
        INDArray obs = observations(1, N, 21);
        double[] present = {1, 1, 1, 1};
        GraphInference.Pass pass = module.graph().forward(obs, present);
        ParameterSet p = module.parameters();

        double[][] h0 = new double[N][];
        for (int i = 0; i < N; i++) {
            double[] x = obs.slice(0).getRow(i).toDoubleVector();
            double[] hidden = tanh(affine(x, p.value("graph.encoder0.layer0.weight"), p.value("graph.encoder0.layer0.bias")));
            h0[i] = tanh(affine(hidden, p.value("graph.encoder0.layer1.weight"), p.value("graph.encoder0.layer1.bias")));
        }
        double[][] m = new double[N][N];
        for (int i = 0; i < N; i++) {
            double[] a = affine(h0[i], p.value("graph.attention.weight"), null);
            double total = 0;
            for (int j = 0; j < N; j++) {
                m[i][j] = Math.exp(dotOf(a, h0[j]));
                total += m[i][j];
            }
            for (int j = 0; j < N; j++) {
                m[i][j] /= total;
                assertThat(pass.adjacency()[i * N + j]).isCloseTo(m[i][j], within(1e-12));
            }
        }
        for (int i = 0; i < N; i++) {
            double[] mixed = new double[E];
            for (int j = 0; j < N; j++) {
                double[] w = affine(h0[j], p.value("graph.gcn0.weight"), null);
                for (int c = 0; c < E; c++) {
                    mixed[c] += m[i][j] * w[c];
                }
            }
            for (int c = 0; c < E; c++) {
                double expected = h0[i][c] + Math.tanh(mixed[c] + p.value("graph.gcn0.bias").getDouble(0, c));
                assertThat(pass.output().getDouble(i, c)).isCloseTo(expected, within(1e-12));
            }
        }
    }

    private static double[] affine(double[] x, INDArray weight, INDArray bias) {
        double[] y = new double[(int) weight.columns()];
        for (int o = 0; o < y.length; o++) {
            double total = bias == null ? 0 : bias.getDouble(0, o);
            for (int k = 0; k < x.length; k++) {
                total += x[k] * weight.getDouble(k, o);
            }
            y[o] = total;
        }
        return y;
    }

    private static double[] tanh(double[] x) {
        double[] y = x.clone();
        for (int k = 0; k < y.length; k++) {
            y[k] = Math.tanh(y[k]);
        }
        return y;
    }

    private static double dotOf(double[] a, double[] b) {
        return dot(a, b);
    }
}
