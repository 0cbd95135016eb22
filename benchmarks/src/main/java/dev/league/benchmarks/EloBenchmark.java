package dev.league.benchmarks;

import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.Elo;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Online Elo updates, as the streamed rating operator applies them. Score = matches rated/s.
 *
 * <p>Run: {@code bench/jmh EloBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EloBenchmark {

    @Param({"2", "8"})
    int sides;

    private final Map<String, Double> ratings = new HashMap<>();
    private MatchResult result;

    @Setup
    public void setUp() {
        String[] players = new String[sides];
        int[] ranks = new int[sides];
        for (int i = 0; i < sides; i++) {
            players[i] = "p" + i;
            ranks[i] = i + 1;
        }
        result = new MatchResult(0, players, new long[sides], ranks, 1);
    }

    @Benchmark
    public double[] apply() {
        return Elo.DEFAULT.apply(ratings, result);
    }
}
