package dev.league.benchmarks;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.ActorSpec;
import dev.league.agents.actor.UnitTypeSpec;
import dev.league.agents.nn.Activation;
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
 * Batched actor inference: {@link ActorNetwork#act} samples masked actions (with log-probabilities
 * and values) for every agent of B environments in one call — MLP 2 × 128 tanh over
 * [observation 32, one-hot agent id], 6 actions, optional GRU core, float32. Score = calls/s;
 * samples/s = score × batch × agents.
 *
 * <p>Run: {@code bench/jmh ActorInferenceBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ActorInferenceBenchmark {

    @Param({"64", "1024"})
    int batch;

    @Param({"3", "8"})
    int agents;

    @Param({"false", "true"})
    boolean recurrent;

    static final int OBSERVATION = 32;
    static final int ACTIONS = 6;
    static final int HIDDEN = 128;

    private ActorNetwork actor;
    /** Observations [B, N, D]. */
    private float[] observations;
    /** Masks [B, N, A]: every third action unavailable. */
    private boolean[] masks;
    /** Core state [B, N, H], or null. */
    private float[] hidden;
    private SplittableRandom random;

    @Setup
    public void setUp() {
        ActorSpec spec = new ActorSpec(OBSERVATION, ACTIONS, Collections.nCopies(agents, 0),
                List.of(UnitTypeSpec.discrete("unit", ACTIONS)), HIDDEN, 2, recurrent, Activation.TANH);
        actor = ActorNetwork.create(spec, DataType.FLOAT, new SplittableRandom(1));
        random = new SplittableRandom(2);
        observations = new float[batch * agents * OBSERVATION];
        for (int i = 0; i < observations.length; i++) {
            observations[i] = (float) random.nextGaussian();
        }
        masks = new boolean[batch * agents * ACTIONS];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = i % 3 != 2;
        }
        hidden = recurrent ? new float[batch * agents * HIDDEN] : null;
    }

    @Benchmark
    public ActorNetwork.Acting act() {
        return actor.act(observations, masks, batch, hidden, random);
    }
}
