package dev.league.benchmarks;

import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.Elo;
import dev.league.matchmaking.rating.Glicko2;
import dev.league.matchmaking.rating.RatingTable;
import dev.league.matchmaking.rating.TrueSkill;
import java.util.Arrays;
import java.util.SplittableRandom;
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
 * Rating updates per second on one thread. {@code eloUpdate}: the allocation-free Elo fast path,
 * one 1v1 game on a dense rating array (goal: at least 1 million updates/s on one core).
 * {@code tableApply}: a whole match result through the streamed {@link RatingTable} of each rating
 * system (id lookups, pairwise updates; TrueSkill runs its factor graph). Players are drawn from a
 * pool of {@code players}; results are pre-generated and cycled. Score = updates (matches) per second.
 *
 * <p>Run: {@code bench/jmh RatingBenchmark} (one thread: {@code bench/jmh -t 1 RatingBenchmark})
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RatingBenchmark {

    private static final int CYCLE = 4096; // power of two: index & (CYCLE - 1)

    /** The dense Elo fast path: ratings [players], pre-drawn games (a, b, score of a). */
    @State(Scope.Thread)
    public static class Dense {

        @Param({"1000"})
        int players;

        final Elo elo = Elo.DEFAULT;
        double[] ratings;
        int[] first;
        int[] second;
        double[] score;
        int next;

        @Setup
        public void setUp() {
            ratings = new double[players];
            Arrays.fill(ratings, elo.initialRating());
            first = new int[CYCLE];
            second = new int[CYCLE];
            score = new double[CYCLE];
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < CYCLE; i++) {
                first[i] = random.nextInt(players);
                second[i] = (first[i] + 1 + random.nextInt(players - 1)) % players;
                score[i] = random.nextInt(3) * 0.5;
            }
        }
    }

    /** A rating table of one system, pre-generated results of {@code sides} sides among {@code players}. */
    @State(Scope.Thread)
    public static class Tables {

        @Param({"elo", "glicko2", "trueskill"})
        String system;

        @Param({"2", "8"})
        int sides;

        @Param({"1000"})
        int players;

        RatingTable table;
        MatchResult[] results;
        int next;

        @Setup
        public void setUp() {
            table = switch (system) {
                case "elo" -> RatingTable.elo(Elo.DEFAULT);
                case "glicko2" -> RatingTable.glicko2(Glicko2.DEFAULT);
                case "trueskill" -> RatingTable.trueSkill(TrueSkill.DEFAULT);
                default -> throw new IllegalArgumentException("system must be elo, glicko2 or trueskill, was " + system);
            };
            String[] ids = new String[players];
            for (int i = 0; i < players; i++) {
                ids[i] = "p" + i;
            }
            SplittableRandom random = new SplittableRandom(2);
            results = new MatchResult[CYCLE];
            for (int m = 0; m < CYCLE; m++) {
                String[] seats = new String[sides];
                int[] ranks = new int[sides];
                int start = random.nextInt(players);
                int stride = 1 + random.nextInt(players / sides - 1); // distinct players in every seat
                for (int s = 0; s < sides; s++) {
                    seats[s] = ids[(start + s * stride) % players];
                    ranks[s] = 1 + random.nextInt(sides);
                }
                results[m] = new MatchResult(m, seats, new long[sides], ranks, 1);
            }
        }
    }

    @Benchmark
    public double eloUpdate(Dense state) {
        int i = state.next++ & (CYCLE - 1);
        return state.elo.update(state.ratings, state.first[i], state.second[i], state.score[i]);
    }

    @Benchmark
    public double[] tableApply(Tables state) {
        return state.table.apply(state.results[state.next++ & (CYCLE - 1)]);
    }
}
