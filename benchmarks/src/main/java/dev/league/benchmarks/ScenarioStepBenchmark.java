package dev.league.benchmarks;

import dev.league.scenarios.BatchedEnvironment;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread environment steps per second of the batched simulators with random valid actions
 * (chosen from the masks by a cheap inline generator, as a policy would). One operation = one
 * environment step of one copy, so the score is env steps/s whatever the batch size (comparable
 * with SMAClite's steps/s in shared/notes/peers.md).
 *
 * <p>Run from the repository root: {@code bench/jmh ScenarioStepBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(ScenarioStepBenchmark.BATCH)
public class ScenarioStepBenchmark {

    static final int BATCH = 64;

    @Param({"smac/3m", "smac/8m", "smac/2s3z", "smac/27m_vs_30m", "predator-prey/penalty-1.5"})
    String scenario;

    private BatchedEnvironment batch;
    private int[] actions;
    private int agents;
    private int actionCount;
    private long state;

    @Setup
    public void setUp() {
        Path root = Path.of(System.getProperty("league.scenarios", "scenarios"));
        batch = Scenarios.load(root.resolve(scenario + ".yaml")).newBatch(BATCH);
        EnvironmentSpec spec = batch.spec();
        agents = spec.agents();
        actionCount = spec.actions();
        actions = new int[BATCH * agents];
        batch.reset(1);
        state = new SplittableRandom(7).nextLong();
    }

    @Benchmark
    public boolean[] stepBatch() {
        boolean[] masks = batch.masks();
        for (int i = 0; i < actions.length; i++) {
            actions[i] = randomAvailable(masks, i * actionCount);
        }
        batch.step(actions);
        return batch.done();
    }

    /** A uniformly random available action by rejection sampling with xorshift (no allocation). */
    private int randomAvailable(boolean[] masks, int offset) {
        while (true) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int action = (int) ((state >>> 33) % actionCount);
            if (masks[offset + action]) {
                return action;
            }
        }
    }
}
