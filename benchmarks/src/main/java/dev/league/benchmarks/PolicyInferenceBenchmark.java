package dev.league.benchmarks;

import dev.league.agents.policy.LinearSoftmaxPolicy;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.duel.SignalDuelSpec;
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
 * Batched policy inference of the walking skeleton's linear softmax policy: action
 * probabilities for B observations in one call. Score = calls/s; samples/s = score x batch.
 *
 * <p>Run: {@code bench/jmh PolicyInferenceBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyInferenceBenchmark {

    @Param({"1", "64", "1024"})
    int batch;

    @Param({"32"})
    int observationSize;

    private LinearSoftmaxPolicy policy;
    /** Observations, shape [B, D]. */
    private INDArray observations;

    @Setup
    public void setUp() {
        EnvironmentSpec spec = new ScenarioSpec("bench", 1, new SignalDuelSpec(observationSize, 9, 32)).environmentSpec();
        policy = LinearSoftmaxPolicy.initial(spec, 1);
        Nd4j.getRandom().setSeed(2);
        observations = Nd4j.randn(DataType.FLOAT, batch, observationSize);
    }

    @Benchmark
    public INDArray probabilities() {
        return policy.probabilities(observations, null);
    }
}
