package dev.league.agents.critic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.agents.nn.FiniteDifferences;
import dev.league.agents.nn.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class MaacCriticTest {

    /** Heterogeneous: three agents with different observation sizes and action counts. */
    private static final List<Integer> OBSERVATIONS = List.of(4, 3, 5);
    private static final List<Integer> ACTIONS = List.of(3, 2, 4);
    private static final int BATCH = 5;

    private static MaacCriticSpec spec(AttentionSpec attention, double regularization, boolean scaleShared) {
        return new MaacCriticSpec(OBSERVATIONS, ACTIONS, 8, 2, attention, regularization, scaleShared);
    }

    private static CriticBatch batch(DataType dataType, long seed) {
        Nd4j.getRandom().setSeed(seed);
        List<INDArray> observations = new ArrayList<>();
        for (int d : OBSERVATIONS) {
            observations.add(Nd4j.randn(DataType.DOUBLE, BATCH, d).castTo(dataType));
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] actions = new int[BATCH * OBSERVATIONS.size()];
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < OBSERVATIONS.size(); i++) {
                actions[b * OBSERVATIONS.size() + i] = random.nextInt(ACTIONS.get(i));
            }
        }
        return new CriticBatch(observations, actions);
    }

    private static INDArray targets(long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, BATCH, OBSERVATIONS.size());
    }

    private static void gradientCheck(AttentionSpec attention, double regularization, int samples) {
        MaacCritic critic = MaacCritic.create(spec(attention, regularization, false), DataType.DOUBLE, new SplittableRandom(3));
        CriticBatch batch = batch(DataType.DOUBLE, 4);
        INDArray targets = targets(5);

        MaacCritic.CriticLoss loss = critic.computeGradients(batch, targets);
        INDArray analytic = critic.parameters().gradients().dup();

        assertThat(loss.temporalDifference()).isPositive();
        if (attention.kind() == AttentionSpec.Kind.SOFTMAX && regularization > 0) {
            assertThat(loss.regularization()).isPositive();
        }
        int checked = FiniteDifferences.check(critic.parameters().values(), analytic,
                () -> critic.loss(batch, targets).total(), samples, 1e-6, 7);
        assertThat(checked).isEqualTo(samples);
    }

    @Test
    void gradients_softmax_matchFiniteDifferences_inDoublePrecision() {
        gradientCheck(AttentionSpec.softmax(), 0.05, 400);
    }

    @Test
    void gradients_favorPlus_matchFiniteDifferences_inDoublePrecision() {
        gradientCheck(AttentionSpec.favorPlus(6, 11), 0, 250);
    }

    @Test
    void gradients_hybrid_matchFiniteDifferences_inDoublePrecision() {
        gradientCheck(AttentionSpec.hybrid(3, 2, 1.0, 12), 0, 250);
    }

    @Test
    void qValues_equalNaiveReference() {
        MaacCritic critic = MaacCritic.create(spec(AttentionSpec.softmax(), 0, true), DataType.DOUBLE, new SplittableRandom(8));
        CriticBatch batch = batch(DataType.DOUBLE, 9);

        List<INDArray> fast = critic.qValues(batch);

        double[][][] naive = NaiveMaac.qValues(critic.parameters(), OBSERVATIONS, ACTIONS, 8, 2, batch);
        for (int i = 0; i < OBSERVATIONS.size(); i++) {
            for (int b = 0; b < BATCH; b++) {
                for (int a = 0; a < ACTIONS.get(i); a++) {
                    assertThat(fast.get(i).getDouble(b, a)).isCloseTo(naive[i][b][a], within(1e-12));
                }
            }
        }
    }

    @Test
    void qValues_ownActionDoesNotChangeOwnQ_butChangesOthers() {
        MaacCritic critic = MaacCritic.create(spec(AttentionSpec.softmax(), 0, true), DataType.DOUBLE, new SplittableRandom(8));
        CriticBatch batch = batch(DataType.DOUBLE, 9);
        int[] changed = batch.actions().clone();
        changed[0] = (changed[0] + 1) % ACTIONS.get(0);  // agent 0's action in row 0

        List<INDArray> before = critic.qValues(batch);
        List<INDArray> after = critic.qValues(new CriticBatch(batch.observations(), changed));

        assertThat(after.get(0).getRow(0).equalsWithEps(before.get(0).getRow(0), 1e-15)).isTrue();
        assertThat(after.get(1).getRow(0).equalsWithEps(before.get(1).getRow(0), 1e-9)).isFalse();
    }

    @Test
    void computeGradients_scalesSharedModulesByOneOverN() {
        MaacCritic scaled = MaacCritic.create(spec(AttentionSpec.softmax(), 1e-3, true), DataType.DOUBLE, new SplittableRandom(2));
        MaacCritic plain = MaacCritic.create(spec(AttentionSpec.softmax(), 1e-3, false), DataType.DOUBLE, new SplittableRandom(2));
        CriticBatch batch = batch(DataType.DOUBLE, 1);

        scaled.computeGradients(batch, targets(2));
        plain.computeGradients(batch, targets(2));

        ParameterSet s = scaled.parameters();
        ParameterSet p = plain.parameters();
        assertThat(s.gradient("critic.key.weight").equalsWithEps(p.gradient("critic.key.weight").div(3), 1e-14)).isTrue();
        assertThat(s.gradient("critic.agent1.stateActionEncoder.bias")
                .equalsWithEps(p.gradient("critic.agent1.stateActionEncoder.bias").div(3), 1e-14)).isTrue();
        assertThat(s.gradient("critic.agent1.stateEncoder.weight").equalsWithEps(p.gradient("critic.agent1.stateEncoder.weight"), 0))
                .isTrue();
    }

    @Test
    void floatCritic_agreesWithDoubleCritic() {
        MaacCritic precise = MaacCritic.create(spec(AttentionSpec.softmax(), 1e-3, true), DataType.DOUBLE, new SplittableRandom(6));
        MaacCritic fast = MaacCritic.of(precise.spec(), ParameterSet.allocate(DataType.FLOAT, precise.parameters().manifest()));
        fast.parameters().copyFrom(precise.parameters());

        MaacCritic.CriticLoss a = precise.computeGradients(batch(DataType.DOUBLE, 3), targets(3));
        MaacCritic.CriticLoss b = fast.computeGradients(batch(DataType.FLOAT, 3), targets(3));

        assertThat(b.total()).isCloseTo(a.total(), within(1e-5 * Math.max(1, a.total())));
        double difference = fast.parameters().gradients().castTo(DataType.DOUBLE).sub(precise.parameters().gradients()).norm2Number()
                .doubleValue();
        assertThat(difference).isLessThan(1e-5 * precise.parameters().gradients().norm2Number().doubleValue());
    }

    @Test
    void softUpdate_movesTargetTowardsOnline() {
        MaacCritic online = MaacCritic.create(spec(AttentionSpec.softmax(), 0, true), DataType.DOUBLE, new SplittableRandom(1));
        MaacCritic target = MaacCritic.create(spec(AttentionSpec.softmax(), 0, true), DataType.DOUBLE, new SplittableRandom(2));
        INDArray expected = target.parameters().values().mul(0.9).add(online.parameters().values().mul(0.1));

        target.softUpdateFrom(online, 0.1);

        assertThat(target.parameters().values().equalsWithEps(expected, 1e-15)).isTrue();
        assertThat(target.copy().parameters().values()).isEqualTo(target.parameters().values());
    }

    @Test
    void computeGradients_badActionOrTargets_isRejected() {
        MaacCritic critic = MaacCritic.create(spec(AttentionSpec.softmax(), 0, true), DataType.DOUBLE, new SplittableRandom(1));
        CriticBatch batch = batch(DataType.DOUBLE, 1);
        int[] bad = batch.actions().clone();
        bad[1] = 2;  // agent 1 has 2 actions

        assertThatThrownBy(() -> critic.computeGradients(new CriticBatch(batch.observations(), bad), targets(1)))
                .hasMessageContaining("batch.actions[0, 1] must be in [0, 2), was 2");
        assertThatThrownBy(() -> critic.computeGradients(batch, Nd4j.zeros(DataType.DOUBLE, BATCH, 2)))
                .hasMessageContaining("targets must be [5, 3]");
    }

    @Test
    void spec_singleAgent_isRejected() {
        assertThatThrownBy(() -> MaacCriticSpec.homogeneous(1, 4, 3)).hasMessageContaining("critic.observationSizes must list >= 2 agents");
    }

    @Test
    void counterfactualBaseline_isPolicyWeightedQ() {
        INDArray q = Nd4j.create(new double[][] {{1, 2, 3}, {0, -1, 5}});
        INDArray pi = Nd4j.create(new double[][] {{0.2, 0.3, 0.5}, {1, 0, 0}});

        double[] advantages = CounterfactualBaseline.advantages(q, pi, new int[] {2, 2});

        assertThat(CounterfactualBaseline.baseline(q, pi)).containsExactly(new double[] {0.2 + 0.6 + 1.5, 0}, within(1e-12));
        assertThat(advantages).containsExactly(new double[] {3 - 2.3, 5}, within(1e-12));
    }
}
