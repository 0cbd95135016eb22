package dev.league.benchmarks;

import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.nn.Adam;
import dev.league.coordination.CoordinationSpec;
import dev.league.coordination.DicgNetwork;
import java.util.Arrays;
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
 * Deep implicit coordination graphs (Li et al., AAMAS 2021) on the peer's shapes
 * (shared/notes/peers.md): N agents, observation 32, 5 actions, the paper's sizes (encoder 128,
 * embedding 64, 2 GCN layers, policy head (128, 64, 32), critic MLP 64), batch 1024, float32.
 * {@code network = CRITIC}: the DICG critic V = Σ_i MLP(emb_i) — {@code trainStep} = forward +
 * ½(V − y)² + hand-written backward + Adam (lr 3e-4, clip 7), {@code forward} = V.
 * {@code network = DICG_CE}: the DICG-CE policy with a per-agent MLP critic — {@code trainStep} =
 * PPO loss + backward + Adam, {@code forward} = log-probabilities and values. Score = calls/s;
 * samples/s = score × batch (compare with the peer's DICG rows). Run with
 * {@code OMP_WAIT_POLICY=PASSIVE}.
 *
 * <p>Run: {@code bench/jmh DicgBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DicgBenchmark {

    @Param({"8"})
    int agents;

    @Param({"1024"})
    int batchSize;

    @Param({"CRITIC", "DICG_CE"})
    String network;

    static final int OBSERVATION = 32;
    static final int ACTIONS = 5;
    static final LearnerHyperparameters HYPERPARAMETERS = new LearnerHyperparameters(3e-4, 0.1, 0.2, 0.99, 0.97, 1.0, 1.0,
            0.5, 7.0);

    private DicgNetwork dicg;
    private Adam optimizer;
    /** Observations [B, N, D], float32. */
    private INDArray observations;
    /** All agents present, flat [B, N]. */
    private double[] present;
    /** Value targets, flat [B, N]. */
    private double[] targets;
    private DicgNetwork.Batch batch;

    @Setup
    public void setUp() {
        CoordinationSpec spec = switch (network) {
            case "CRITIC" -> CoordinationSpec.of(CoordinationSpec.DICG_DE, CoordinationSpec.DICG);
            case "DICG_CE" -> CoordinationSpec.of(CoordinationSpec.DICG_CE, CoordinationSpec.MLP);
            default -> throw new IllegalArgumentException("network must be CRITIC or DICG_CE, was " + network);
        };
        dicg = new DicgNetwork(spec, agents, OBSERVATION, ACTIONS, new int[agents], DataType.FLOAT, 1);
        optimizer = new Adam(dicg.parameters());
        Nd4j.getRandom().setSeed(2);
        observations = Nd4j.randn(DataType.FLOAT, batchSize, agents, OBSERVATION);
        int rows = batchSize * agents;
        present = new double[rows];
        Arrays.fill(present, 1);
        SplittableRandom random = new SplittableRandom(3);
        targets = new double[rows];
        int[] actions = new int[rows];
        double[] advantages = new double[rows];
        for (int r = 0; r < rows; r++) {
            targets[r] = random.nextDouble() * 2 - 1;
            actions[r] = random.nextInt(ACTIONS);
            advantages[r] = random.nextDouble() * 2 - 1;
        }
        double[] logProbabilities = dicg.evaluate(observations, present, null).logProbabilities();
        double[] old = new double[rows];
        for (int r = 0; r < rows; r++) {
            old[r] = logProbabilities[r * ACTIONS + actions[r]];
        }
        batch = new DicgNetwork.Batch(observations, present, null, actions, old, advantages, targets);
    }

    @Benchmark
    public double trainStep() {
        double loss = network.equals("CRITIC") ? dicg.valueLossAndGradients(observations, present, targets)
                : dicg.lossAndGradients(batch, HYPERPARAMETERS).total();
        optimizer.step(HYPERPARAMETERS.learningRate(), HYPERPARAMETERS.maxGradNorm());
        return loss;
    }

    @Benchmark
    public double[] forward() {
        return network.equals("CRITIC") ? dicg.values(observations, present)
                : dicg.evaluate(observations, present, null).logProbabilities();
    }
}
