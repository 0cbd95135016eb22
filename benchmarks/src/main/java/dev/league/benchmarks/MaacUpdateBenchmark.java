package dev.league.benchmarks;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.ActorSpec;
import dev.league.agents.actor.UnitTypeSpec;
import dev.league.agents.critic.MaacCritic;
import dev.league.agents.critic.MaacCriticSpec;
import dev.league.agents.learning.MaacHyperparameters;
import dev.league.agents.learning.MaacLearner;
import dev.league.agents.learning.Transitions;
import dev.league.agents.nn.Activation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full MAAC update (target actions and Q̄, critic step, policy step with counterfactual
 * advantages, soft target updates) on a minibatch of 1024 joint transitions: N agents, observation
 * 32, 6 actions, critic hidden 128 × 4 heads, shared actor 2 × 128. Compare with the peer's
 * "MAAC full SAC update" row (shared/notes/peers.md). Score = updates/s; samples/s = score × batch.
 *
 * <p>Run: {@code bench/jmh MaacUpdateBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MaacUpdateBenchmark {

    @Param({"3", "8"})
    int agents;

    @Param({"1024"})
    int batchSize;

    static final int OBSERVATION = 32;
    static final int ACTIONS = 6;

    private MaacLearner learner;
    private Transitions transitions;

    @Setup
    public void setUp() {
        ActorNetwork actor = ActorNetwork.create(new ActorSpec(OBSERVATION, ACTIONS, Collections.nCopies(agents, 0),
                List.of(UnitTypeSpec.discrete("unit", ACTIONS)), 128, 2, false, Activation.LEAKY_RELU), DataType.FLOAT,
                new SplittableRandom(1));
        MaacCritic critic = MaacCritic.create(MaacCriticSpec.homogeneous(agents, OBSERVATION, ACTIONS), DataType.FLOAT,
                new SplittableRandom(2));
        learner = new MaacLearner(critic, actor, MaacHyperparameters.defaults(), new SplittableRandom(3));
        SplittableRandom random = new SplittableRandom(4);
        int rows = batchSize * agents;
        float[] observations = new float[rows * OBSERVATION];   // [B, N, D]
        float[] next = new float[rows * OBSERVATION];           // [B, N, D]
        for (int i = 0; i < observations.length; i++) {
            observations[i] = (float) random.nextGaussian();
            next[i] = (float) random.nextGaussian();
        }
        boolean[] masks = new boolean[rows * ACTIONS];          // [B, N, A]
        Arrays.fill(masks, true);
        int[] actions = new int[rows];                           // [B, N]
        float[] rewards = new float[rows];                       // [B, N]
        for (int i = 0; i < rows; i++) {
            actions[i] = random.nextInt(ACTIONS);
            rewards[i] = (float) random.nextGaussian();
        }
        transitions = new Transitions(batchSize, agents, observations, masks, actions, rewards, next, masks, new boolean[batchSize]);
    }

    @Benchmark
    public MaacLearner.Statistics update() {
        return learner.update(transitions);
    }
}
