package dev.league.benchmarks;

import dev.league.agents.critic.AttentionSpec;
import dev.league.agents.critic.CriticBatch;
import dev.league.agents.critic.MaacCritic;
import dev.league.agents.critic.MaacCriticSpec;
import dev.league.agents.nn.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
 * The MAAC attention critic on the peer's shapes (shared/notes/peers.md): N agents, observation 32,
 * 6 actions, hidden 128, 4 heads, batch 1024, float32. {@code trainStep} = forward + TD loss +
 * hand-written backward + Adam (lr 1e-3, clip 10·N); {@code forward} = Q for every action of every
 * agent. Score = calls/s; samples/s = score × batch (compare with the peer's "tuned" column).
 * Run with {@code OMP_WAIT_POLICY=PASSIVE} (shared/notes/nd4j-critic-probe.md).
 *
 * <p>Run: {@code bench/jmh MaacCriticBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MaacCriticBenchmark {

    @Param({"3", "8"})
    int agents;

    @Param({"SOFTMAX"})
    String attention;

    @Param({"1024"})
    int batchSize;

    static final int OBSERVATION = 32;
    static final int ACTIONS = 6;

    private MaacCritic critic;
    private Adam optimizer;
    private CriticBatch batch;
    /** TD targets y, shape [B, N]. */
    private INDArray targets;

    @Setup
    public void setUp() {
        AttentionSpec kernel = switch (attention) {
            case "SOFTMAX" -> AttentionSpec.softmax();
            case "FAVOR_PLUS" -> AttentionSpec.favorPlus(32, 1);
            case "HYBRID" -> AttentionSpec.hybrid(8, 4, 1.0, 1);
            default -> throw new IllegalArgumentException("attention must be SOFTMAX, FAVOR_PLUS or HYBRID, was " + attention);
        };
        critic = MaacCritic.create(MaacCriticSpec.homogeneous(agents, OBSERVATION, ACTIONS).withAttention(kernel), DataType.FLOAT,
                new SplittableRandom(1));
        optimizer = new Adam(critic.parameters());
        Nd4j.getRandom().setSeed(2);
        List<INDArray> observations = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            observations.add(Nd4j.randn(DataType.FLOAT, batchSize, OBSERVATION));  // [B, D] per agent
        }
        SplittableRandom random = new SplittableRandom(3);
        int[] actions = new int[batchSize * agents];  // [B, N]
        for (int i = 0; i < actions.length; i++) {
            actions[i] = random.nextInt(ACTIONS);
        }
        batch = new CriticBatch(observations, actions);
        targets = Nd4j.randn(DataType.FLOAT, batchSize, agents);
    }

    @Benchmark
    public double trainStep() {
        MaacCritic.CriticLoss loss = critic.computeGradients(batch, targets);
        optimizer.step(1e-3, 10.0 * agents);
        return loss.total();
    }

    @Benchmark
    public List<INDArray> forward() {
        return critic.qValues(batch);
    }
}
