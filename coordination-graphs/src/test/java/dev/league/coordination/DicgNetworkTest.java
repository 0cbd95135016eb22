package dev.league.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.agents.codec.NetworkCodec;
import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.nn.Adam;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class DicgNetworkTest {

    private static final int N = 3;
    private static final int D = 5;
    private static final int A = 4;
    private static final int R = 4;
    private static final LearnerHyperparameters HYPERPARAMETERS = LearnerHyperparameters.defaults()
            .withEntropyCoefficient(0.05);

    private static DicgNetwork network(String policy, String critic, int[] types, DataType dataType, long seed) {
        CoordinationSpec spec = CoordinationSpec.of(policy, critic).withSizes(8, 6, 2, List.of(7, 5), 6);
        return new DicgNetwork(spec, N, D, A, types, dataType, seed);
    }

    private static INDArray observations(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rows * N * D];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextDouble() * 2 - 1;
        }
        return Nd4j.createFromArray(values).reshape('c', rows, N, D);
    }

    /** A batch with one absent agent, one masked action per row and old log-probabilities near the current ones. */
    private static DicgNetwork.Batch batch(DicgNetwork network, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray obs = observations(R, seed).castTo(network.parameters().dataType());
        double[] present = new double[R * N];
        java.util.Arrays.fill(present, 1);
        present[1 * N + 2] = 0;
        boolean[] masks = new boolean[R * N * A];
        java.util.Arrays.fill(masks, true);
        int[] actions = new int[R * N];
        for (int r = 0; r < R * N; r++) {
            masks[r * A + (r % A)] = false;
            int action;
            do {
                action = random.nextInt(A);
            } while (action == r % A);
            actions[r] = action;
        }
        double[] current = network.evaluate(obs, present, masks).logProbabilities();
        double[] old = new double[R * N];
        double[] advantages = new double[R * N];
        double[] targets = new double[R * N];
        for (int r = 0; r < R * N; r++) {
            old[r] = current[r * A + actions[r]] + (random.nextDouble() - 0.5) * 0.1;  // ratio within the clip range
            advantages[r] = random.nextDouble() * 2 - 1;
            targets[r] = random.nextDouble() * 4 - 2;
        }
        return new DicgNetwork.Batch(obs, present, masks, actions, old, advantages, targets);
    }

    private static void checkLoss(DicgNetwork network, long seed) {
        DicgNetwork.Batch batch = batch(network, seed);
        DicgNetwork.Loss loss = network.lossAndGradients(batch, HYPERPARAMETERS);
        assertThat(loss.total()).isFinite();
        double worst = GradientCheck.check(network.parameters(), () -> {
            INDArray saved = network.parameters().gradients().dup();
            double value = network.lossAndGradients(batch, HYPERPARAMETERS).total();
            network.parameters().gradients().assign(saved);
            return value;
        }, 5, 1e-5, seed);
        assertThat(worst).isLessThan(1e-5);
    }

    @Test
    void lossAndGradients_dicgCe_matchesCentralDifferences() {
        DicgNetwork network = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 0, 0}, DataType.DOUBLE, 1);
        checkLoss(network, 2);
        for (String name : List.of("policy.graph.gcn0.weight", "policy.graph.gcn1.weight", "critic.graph.gcn0.weight",
                "critic.graph.gcn1.weight", "policy.graph.attention.weight")) {
            network.lossAndGradients(batch(network, 3), HYPERPARAMETERS);
            assertThat(network.parameters().gradient(name).norm2Number().doubleValue()).as(name).isGreaterThan(1e-6);
        }
    }

    @Test
    void lossAndGradients_dicgDe_matchesCentralDifferences() {
        checkLoss(network(CoordinationSpec.DICG_DE, CoordinationSpec.DICG, new int[] {0, 1, 0}, DataType.DOUBLE, 4), 5);
    }

    @Test
    void lossAndGradients_independentMlp_matchesCentralDifferences() {
        checkLoss(network(CoordinationSpec.INDEPENDENT, CoordinationSpec.MLP, new int[] {0, 0, 0}, DataType.DOUBLE, 6), 7);
    }

    @Test
    void valueLossAndGradients_dicgCritic_matchesCentralDifferences_andLeavesPolicyUntouched() {
        DicgNetwork network = network(CoordinationSpec.DICG_DE, CoordinationSpec.DICG, new int[] {0, 0, 0}, DataType.DOUBLE, 20);
        DicgNetwork.Batch batch = batch(network, 21);
        network.valueLossAndGradients(batch.observations(), batch.present(), batch.valueTargets());

        GradientCheck.check(network.parameters(), () -> {
            double[] values = network.values(batch.observations(), batch.present());
            double loss = 0;
            double count = 0;
            for (int r = 0; r < values.length; r++) {
                if (batch.present()[r] != 0) {
                    loss += 0.5 * Math.pow(values[r] - batch.valueTargets()[r], 2);
                    count++;
                }
            }
            return loss / count;
        }, 5, 1e-5, 22);

        assertThat(network.parameters().gradient("policy.head.layer0.weight").norm2Number().doubleValue()).isZero();
        assertThat(network.parameters().gradient("critic.graph.gcn1.weight").norm2Number().doubleValue()).isGreaterThan(1e-6);
        assertThat(network.values(batch.observations(), batch.present()))
                .containsExactly(network.evaluate(batch.observations(), batch.present(), batch.masks()).values());
    }

    @Test
    void evaluate_isPermutationEquivariant() {
        DicgNetwork network = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 0, 0}, DataType.DOUBLE, 8);
        INDArray obs = observations(1, 9);
        int[] permutation = {2, 0, 1};
        INDArray permuted = obs.dup();
        for (int i = 0; i < N; i++) {
            permuted.slice(0).getRow(i).assign(obs.slice(0).getRow(permutation[i]));
        }
        double[] present = {1, 1, 1};

        DicgNetwork.Evaluation original = network.evaluate(obs, present, null);
        DicgNetwork.Evaluation result = network.evaluate(permuted, present, null);

        for (int i = 0; i < N; i++) {
            for (int k = 0; k < A; k++) {
                assertThat(result.logProbabilities()[i * A + k])
                        .isCloseTo(original.logProbabilities()[permutation[i] * A + k], within(1e-12));
            }
            assertThat(result.values()[i]).isCloseTo(original.values()[permutation[i]], within(1e-12));
            for (int j = 0; j < N; j++) {
                assertThat(result.adjacency()[i * N + j]).isCloseTo(original.adjacency()[permutation[i] * N + permutation[j]],
                        within(1e-12));
            }
        }
    }

    @Test
    void evaluate_absentAgent_doesNotInfluencePolicyOrValue() {
        DicgNetwork network = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 0, 0}, DataType.DOUBLE, 10);
        INDArray obs = observations(1, 11);
        INDArray changed = obs.dup();
        changed.slice(0).getRow(1).muli(-3).addi(0.5);
        double[] present = {1, 0, 1};

        DicgNetwork.Evaluation original = network.evaluate(obs, present, null);
        DicgNetwork.Evaluation result = network.evaluate(changed, present, null);

        assertThat(result.values()).containsExactly(original.values());
        for (int i : new int[] {0, 2}) {
            for (int k = 0; k < A; k++) {
                assertThat(result.logProbabilities()[i * A + k]).isEqualTo(original.logProbabilities()[i * A + k]);
            }
        }
        double[] all = {1, 1, 1};
        assertThat(network.evaluate(changed, all, null).values()).isNotEqualTo(network.evaluate(obs, all, null).values());
    }

    @Test
    void evaluate_maskedActions_haveZeroProbability() {
        DicgNetwork network = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 0, 0}, DataType.DOUBLE, 12);
        boolean[] masks = new boolean[N * A];
        java.util.Arrays.fill(masks, true);
        masks[1] = false;
        DicgNetwork.Evaluation evaluation = network.evaluate(observations(1, 13), new double[] {1, 1, 1}, masks);

        assertThat(evaluation.logProbabilities()[1]).isEqualTo(Double.NEGATIVE_INFINITY);
        double total = 0;
        for (int k = 0; k < A; k++) {
            total += Math.exp(evaluation.logProbabilities()[k]);
        }
        assertThat(total).isCloseTo(1, within(1e-12));
    }

    @Test
    void networkCodec_roundTrip_givesIdenticalOutputsAndOptimizerState() {
        DicgNetwork network = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 1, 0}, DataType.FLOAT, 14);
        Adam adam = new Adam(network.parameters());
        DicgNetwork.Batch batch = batch(network, 15);
        network.lossAndGradients(batch, HYPERPARAMETERS);
        adam.step(1e-3, 10);
        byte[] blob = NetworkCodec.encode(network.parameters(), adam);

        DicgNetwork restored = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 1, 0}, DataType.FLOAT, 99);
        Adam restoredAdam = new Adam(restored.parameters());
        NetworkCodec.restore(blob, restored.parameters(), restoredAdam);

        INDArray obs = observations(2, 16).castTo(DataType.FLOAT);
        double[] present = {1, 1, 1, 1, 0, 1};
        DicgNetwork.Evaluation expected = network.evaluate(obs, present, null);
        DicgNetwork.Evaluation actual = restored.evaluate(obs, present, null);
        assertThat(actual.logProbabilities()).containsExactly(expected.logProbabilities());
        assertThat(actual.values()).containsExactly(expected.values());
        assertThat(actual.adjacency()).containsExactly(expected.adjacency());
        assertThat(restoredAdam.steps()).isEqualTo(1);
        assertThat(restoredAdam.secondMoment()).isEqualTo(adam.secondMoment());
    }

    @Test
    void networkCodec_otherArchitecture_isRejected() {
        DicgNetwork network = network(CoordinationSpec.DICG_CE, CoordinationSpec.DICG, new int[] {0, 0, 0}, DataType.FLOAT, 17);
        DicgNetwork other = network(CoordinationSpec.INDEPENDENT, CoordinationSpec.MLP, new int[] {0, 0, 0}, DataType.FLOAT, 17);
        byte[] blob = NetworkCodec.encode(network.parameters(), null);
        assertThatThrownBy(() -> NetworkCodec.restore(blob, other.parameters(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolloutSpec_invalidValues_areRejectedWithFieldAndValue() {
        assertThatThrownBy(() -> new RolloutSpec(0, 10, 1, 1)).hasMessage("rollout.copies must be >= 1, was 0");
        assertThatThrownBy(() -> new RolloutSpec(2, 3, 1, 7)).hasMessage("rollout.minibatches must be in 1..copies * steps = 6, was 7");
        assertThatThrownBy(() -> new DicgNetwork(CoordinationSpec.of(null, null), 3, 5, 4, new int[] {0, 2, 0}, DataType.FLOAT, 1))
                .hasMessageContaining("type 1 has no agent");
    }

    @Test
    void coordinationSpec_invalidNames_areRejectedWithFieldAndValue() {
        assertThatThrownBy(() -> CoordinationSpec.of("dicg", "dicg")).hasMessageContaining("coordination.policy")
                .hasMessageContaining("'dicg'");
        assertThatThrownBy(() -> CoordinationSpec.of("dicg-de", "mlp")).hasMessageContaining("coordination.critic");
        assertThatThrownBy(() -> CoordinationSpec.of("dicg-ce", "dicg").withSizes(8, 0, 2, List.of(4), 4))
                .hasMessageContaining("coordination.embedding must be >= 1, was 0");
        assertThat(CoordinationSpec.of(null, null)).isEqualTo(new CoordinationSpec("dicg-ce", "dicg", 128, 64, 2, List.of(128, 64, 32), 64));
    }
}
