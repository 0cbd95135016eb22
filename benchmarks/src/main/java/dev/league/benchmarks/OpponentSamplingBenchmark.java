package dev.league.benchmarks;

import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchmakingSpec;
import dev.league.matchmaking.league.League;
import dev.league.matchmaking.league.LeaguePlayer;
import dev.league.matchmaking.league.OpponentChoice;
import dev.league.matchmaking.sampling.PfspWeighting;
import java.util.ArrayList;
import java.util.List;
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
 * Opponent draws per second from a pool of {@code pool} players (goal: at least 100,000 draws/s
 * from 1,000). {@code opponent}: one {@link League#opponent} call for the league's first member,
 * with the payoff filled by 20 random results per pool player. For {@code uniform} the pool is 1,000
 * live learners; for the others it is 4 learners and 1,000 snapshots (PFSP scans all of them;
 * {@code alphastar} measures the main agent, whose draw mixes PFSP over every snapshot, verification
 * and self-play). {@code pfspSample}: the bare PFSP draw over {@code pool} win rates. Score = draws/s.
 *
 * <p>Run: {@code bench/jmh OpponentSamplingBenchmark} (one thread: {@code bench/jmh -t 1 OpponentSamplingBenchmark})
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OpponentSamplingBenchmark {

    /** A league with {@code pool} players to choose from. */
    @State(Scope.Thread)
    public static class Pool {

        @Param({"uniform", "snapshot-pool", "pfsp", "alphastar"})
        String sampler;

        @Param({"1000"})
        int pool;

        League league;
        String learner;
        final SplittableRandom random = new SplittableRandom(3);

        @Setup
        public void setUp() {
            MatchmakingSpec spec = MatchmakingSpec.DEFAULTS.withSampler(sampler).withSnapshotSteps(0, 0);
            List<String> members = new ArrayList<>();
            if (sampler.equals("uniform")) {
                for (int i = 0; i < pool; i++) {
                    members.add("m" + i);
                }
            } else {
                members.addAll(List.of("main", "mx", "le1", "le2")); // the alphastar roles' default counts
            }
            league = League.create(spec, members);
            learner = members.get(0);
            SplittableRandom setup = new SplittableRandom(4);
            long version = 0;
            while (!sampler.equals("uniform") && league.snapshots().size() < pool) {
                version++;
                league.progress(members.get((int) (version % members.size())), version, version, setup);
            }
            List<LeaguePlayer> players = league.players();
            for (int game = 0; game < 20 * pool; game++) {
                String home = members.get(setup.nextInt(members.size()));
                String away = players.get(setup.nextInt(players.size())).id();
                if (!home.equals(away)) {
                    int outcome = setup.nextInt(3);
                    int[] ranks = outcome == 0 ? new int[] {1, 2} : outcome == 1 ? new int[] {2, 1} : new int[] {1, 1};
                    league.record(new MatchResult(game, new String[] {home, away}, new long[2], ranks, 1));
                }
            }
        }
    }

    /** Win rates against {@code pool} candidates, for the bare PFSP draw. */
    @State(Scope.Thread)
    public static class WinRates {

        @Param({"1000"})
        int pool;

        double[] winRates;
        final SplittableRandom random = new SplittableRandom(5);

        @Setup
        public void setUp() {
            SplittableRandom setup = new SplittableRandom(6);
            winRates = new double[pool];
            for (int i = 0; i < pool; i++) {
                winRates[i] = setup.nextDouble();
            }
        }
    }

    @Benchmark
    public OpponentChoice opponent(Pool state) {
        return state.league.opponent(state.learner, state.random);
    }

    @Benchmark
    public int pfspSample(WinRates state) {
        return PfspWeighting.SQUARED.sample(state.winRates, state.pool, state.random);
    }
}
