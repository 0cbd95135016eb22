package dev.league.benchmarks;

import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Step;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Raw environment stepping of the skeleton's signal duel (one copy, fixed actions): the ceiling
 * that simulation puts on frames/s. Score = steps/s.
 *
 * <p>Run: {@code bench/jmh SignalDuelBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignalDuelBenchmark {

    private MultiAgentEnvironment environment;
    private final int[] actions = {0, 1};
    private long episode;

    @Setup
    public void setUp() {
        environment = ScenarioSpec.tinySignalDuel().newEnvironment();
        environment.reset(episode++);
    }

    @Benchmark
    public Step step() {
        Step step = environment.step(actions);
        if (step.done()) {
            environment.reset(episode++);
        }
        return step;
    }
}
