package dev.league.agents.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.agents.nn.Activation;
import dev.league.agents.nn.ParameterSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class ActorNetworkTest {

    private static final int D = 5;
    private static final int A = 6;

    private static ActorSpec spec(boolean recurrent) {
        return new ActorSpec(D, A, List.of(0, 1, 0, 1), List.of(new UnitTypeSpec("shooter", List.of(3, 2)),
                UnitTypeSpec.discrete("medic", A)), 8, 2, recurrent, Activation.TANH);
    }

    private static ActorNetwork sharpNetwork(boolean recurrent, DataType dataType) {
        ActorNetwork network = ActorNetwork.create(spec(recurrent), dataType, new SplittableRandom(1));
        network.parameters().initializeUniform("actor.type0.policy.weight", 2.0, new SplittableRandom(2));
        network.parameters().initializeUniform("actor.type1.policy.weight", 2.0, new SplittableRandom(3));
        return network;
    }

    private static float[] observations(int batch, int agents, SplittableRandom random) {
        float[] observations = new float[batch * agents * D];
        for (int i = 0; i < observations.length; i++) {
            observations[i] = (float) random.nextGaussian();
        }
        return observations;
    }

    @Test
    void act_neverChoosesMaskedActions_forEveryTypeAndTupleShape() {
        ActorNetwork network = sharpNetwork(false, DataType.FLOAT);
        SplittableRandom random = new SplittableRandom(4);
        int batch = 32;
        for (int round = 0; round < 30; round++) {
            boolean[] masks = new boolean[batch * 4 * A];
            for (int i = 0; i < masks.length; i++) {
                masks[i] = random.nextDouble() < 0.3;
            }
            for (int row = 0; row < batch * 4; row++) {
                masks[row * A + random.nextInt(A)] = true;
            }
            int[] actions = network.act(observations(batch, 4, random), masks, batch, null, random).actions();
            for (int row = 0; row < batch * 4; row++) {
                assertThat(masks[row * A + actions[row]]).isTrue();
            }
        }
    }

    @Test
    void act_logProbabilitiesAndValues_equalPerRowForward() {
        ActorNetwork network = sharpNetwork(false, DataType.DOUBLE);
        SplittableRandom random = new SplittableRandom(5);
        int batch = 3;
        float[] observations = observations(batch, 4, random);
        boolean[] masks = new boolean[batch * 4 * A];
        java.util.Arrays.fill(masks, true);

        ActorNetwork.Acting acting = network.act(observations, masks, batch, null, random);

        for (int row = 0; row < batch * 4; row++) {
            int agent = row % 4;
            int type = spec(false).agentTypes().get(agent);
            float[] single = java.util.Arrays.copyOfRange(observations, row * D, (row + 1) * D);
            ActorNetwork.Pass pass = network.forward(type, network.input(single, new int[] {agent}), null);
            double[] logits = pass.logits().toDoubleVector();
            double expected = network.actionSpace(type).evaluate(logits, 0, masks, row * A, acting.actions()[row], 0, 0, null)
                    .logProbability();
            assertThat((double) acting.logProbabilities()[row]).isCloseTo(expected, within(1e-6));
            assertThat((double) acting.values()[row]).isCloseTo(pass.values().getDouble(0, 0), within(1e-6));
        }
    }

    @Test
    void forward_equalsNaiveMlp() {
        ActorNetwork network = sharpNetwork(false, DataType.DOUBLE);
        float[] observation = {0.5f, -1f, 0.25f, 2f, 0f};

        INDArray logits = network.forward(1, network.input(observation, new int[] {3}), null).logits();

        ParameterSet p = network.parameters();
        double[] x = new double[D + 4];
        for (int c = 0; c < D; c++) {
            x[c] = observation[c];
        }
        x[D + 3] = 1;
        double[] h = layer(x, p, "actor.type1.trunk0", true);
        h = layer(h, p, "actor.type1.trunk1", true);
        double[] expected = layer(h, p, "actor.type1.policy", false);
        for (int a = 0; a < A; a++) {
            assertThat(logits.getDouble(0, a)).isCloseTo(expected[a], within(1e-12));
        }
    }

    private static double[] layer(double[] x, ParameterSet p, String name, boolean tanh) {
        INDArray w = p.value(name + ".weight");
        double[] y = new double[Math.toIntExact(w.columns())];
        for (int o = 0; o < y.length; o++) {
            double total = p.value(name + ".bias").getDouble(0, o);
            for (int c = 0; c < x.length; c++) {
                total += x[c] * w.getDouble(c, o);
            }
            y[o] = tanh ? Math.tanh(total) : total;
        }
        return y;
    }

    @Test
    void policyLogits_equalForwardLogits_withoutTheValueHead() {
        ActorNetwork network = sharpNetwork(false, DataType.DOUBLE);
        float[] observations = observations(3, 1, new SplittableRandom(8));
        int[] ids = {0, 2, 3};
        INDArray input = network.input(observations, ids);
        for (int type = 0; type < 2; type++) {
            assertThat(network.policyLogits(type, input).ravel().toDoubleVector())
                    .containsExactly(network.forward(type, input, null).logits().ravel().toDoubleVector(), org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThatThrownBy(() -> sharpNetwork(true, DataType.DOUBLE).policyLogits(0, input))
                .hasMessageContaining("recurrent actor needs its hidden state");
    }

    @Test
    void act_recurrent_carriesHiddenStateAndDependsOnIt() {
        ActorNetwork network = sharpNetwork(true, DataType.FLOAT);
        SplittableRandom random = new SplittableRandom(6);
        int batch = 2;
        float[] observations = observations(batch, 4, random);
        boolean[] masks = new boolean[batch * 4 * A];
        java.util.Arrays.fill(masks, true);
        float[] hidden = new float[batch * 4 * 8];

        float[] firstValues = network.act(observations, masks, batch, hidden, new SplittableRandom(1)).values();
        float[] afterOneStep = hidden.clone();
        float[] secondValues = network.act(observations, masks, batch, hidden, new SplittableRandom(1)).values();

        assertThat(afterOneStep).isNotEqualTo(new float[afterOneStep.length]);
        assertThat(secondValues).isNotEqualTo(firstValues);
        assertThatThrownBy(() -> network.act(observations, masks, batch, null, random)).hasMessageContaining("hidden must be [B, N, H]");
    }

    @Test
    void policy_adapter_respectsMasks() {
        ActorNetwork network = sharpNetwork(false, DataType.FLOAT);
        SplittableRandom random = new SplittableRandom(7);
        float[][] observations = new float[50][D];
        boolean[][] masks = new boolean[50][A];
        for (int row = 0; row < 50; row++) {
            masks[row][row % A] = true;
            masks[row][(row + 3) % A] = true;
        }

        int[] actions = network.policy(2).act(observations, masks, random);

        for (int row = 0; row < 50; row++) {
            assertThat(masks[row][actions[row]]).isTrue();
        }
    }

    @Test
    void spec_componentProductMustMatchActions() {
        assertThatThrownBy(() -> new ActorSpec(D, 7, List.of(0), List.of(new UnitTypeSpec("x", List.of(3, 2))), 8, 1, false,
                Activation.TANH)).hasMessage("unitType 'x' has 6 flat actions, actor.actions is 7");
    }

    @Test
    void input_putsOneHotAgentIdAfterObservation() {
        ActorNetwork network = sharpNetwork(false, DataType.FLOAT);

        INDArray input = network.input(new float[] {1, 2, 3, 4, 5}, new int[] {2});

        assertThat(input).isEqualTo(Nd4j.create(new float[][] {{1, 2, 3, 4, 5, 0, 0, 1, 0}}));
    }
}
