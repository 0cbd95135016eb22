package dev.league.agents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.league.agents.policy.LinearSoftmaxPolicy;
import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Step;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

final class PolicyGradientLearnerTest {

    private final PolicyGradientLearner learner = new PolicyGradientLearner(0.5);

    @Test
    void gradients_matchCentralFiniteDifferences_inDoublePrecision() {
        Nd4j.getRandom().setSeed(12);
        LinearSoftmaxPolicy policy = new LinearSoftmaxPolicy(
                Nd4j.randn(DataType.DOUBLE, 3, 4), Nd4j.randn(DataType.DOUBLE, 1, 3));
        SplittableRandom random = new SplittableRandom(5);
        int steps = 6;
        float[] observations = new float[steps * 4];
        int[] actions = new int[steps];
        float[] rewards = new float[steps];
        for (int t = 0; t < steps; t++) {
            for (int d = 0; d < 4; d++) {
                observations[t * 4 + d] = (float) (random.nextDouble() * 2 - 1);
            }
            actions[t] = random.nextInt(3);
            rewards[t] = random.nextInt(3) - 1;
        }
        Trajectory trajectory = new Trajectory(observations, 4, actions, rewards);

        PolicyGradientLearner.Gradients analytic = learner.gradients(policy, trajectory);

        double epsilon = 1e-6;
        for (INDArray[] pair : new INDArray[][] {{policy.weights(), analytic.weights()}, {policy.bias(), analytic.bias()}}) {
            INDArray parameter = pair[0];
            for (int i = 0; i < parameter.length(); i++) {
                double original = parameter.getDouble(i);
                parameter.putScalar(i, original + epsilon);
                double plus = learner.loss(policy, trajectory);
                parameter.putScalar(i, original - epsilon);
                double minus = learner.loss(policy, trajectory);
                parameter.putScalar(i, original);
                assertThat(pair[1].getDouble(i)).isCloseTo((plus - minus) / (2 * epsilon), within(1e-7));
            }
        }
    }

    @Test
    void training_againstRandomOpponent_raisesWinRate() {
        ScenarioSpec scenario = ScenarioSpec.tinySignalDuel();
        MultiAgentEnvironment environment = scenario.newEnvironment();
        LinearSoftmaxPolicy policy = LinearSoftmaxPolicy.initial(environment.spec(), 1);
        SplittableRandom random = new SplittableRandom(2);
        PolicyGradientLearner zeroDiscount = new PolicyGradientLearner(0.0);

        double before = winRate(environment, policy, random, 200);
        for (int episode = 0; episode < 150; episode++) {
            policy = zeroDiscount.update(policy, play(environment, policy, random, episode, null), 0.1).policy();
        }
        double after = winRate(environment, policy, random, 200);

        assertThat(before).isLessThan(0.6);
        assertThat(after).isGreaterThan(0.9);
    }

    private static double winRate(MultiAgentEnvironment environment, LinearSoftmaxPolicy policy, SplittableRandom random,
            int episodes) {
        int[] wins = new int[1];
        for (int episode = 0; episode < episodes; episode++) {
            play(environment, policy, random, 10_000 + episode, wins);
        }
        return wins[0] / (double) episodes;
    }

    /** Player 0 follows the policy, player 1 answers uniformly at random. */
    private static Trajectory play(MultiAgentEnvironment environment, LinearSoftmaxPolicy policy, SplittableRandom random,
            long seed, int[] wins) {
        int length = environment.spec().episodeLimit();
        int size = environment.spec().observationSize();
        float[] observations = new float[length * size];
        int[] actions = new int[length];
        float[] rewards = new float[length];
        Step step = environment.reset(seed);
        for (int t = 0; !step.done(); t++) {
            System.arraycopy(step.observations()[0], 0, observations, t * size, size);
            actions[t] = policy.act(new float[][] {step.observations()[0]}, new boolean[][] {step.availableActions()[0]}, random)[0];
            step = environment.step(new int[] {actions[t], random.nextInt(environment.spec().actions())});
            rewards[t] = step.rewards()[0];
        }
        if (wins != null && step.outcome().winnerTeam() == 0) {
            wins[0]++;
        }
        return new Trajectory(observations, size, actions, rewards);
    }
}
