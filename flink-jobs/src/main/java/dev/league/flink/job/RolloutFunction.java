package dev.league.flink.job;

import dev.league.flink.training.AgentFactory;
import dev.league.flink.training.MatchRunner;
import dev.league.flink.training.SideExperience;
import dev.league.flink.training.SidePolicy;
import dev.league.league.LeagueSpec;
import dev.league.league.MatchLog;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchSpec;
import dev.league.scenarios.EpisodeOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * A rollout worker: plays each match as {@code agent.envs} games side by side for T steps
 * ({@link MatchRunner}), with one batched inference call per side and step. Live members play
 * their newest version at the time the match starts (IMPALA / SEED RL actors; queued matches do not
 * go stale), snapshots the version the matchmaker fixed; weights are fetched from the store by
 * (member, version) and cached. Emits one experience per learning side to its member's learner,
 * every finished game to {@link #RESULTS}, and the match's summary to the match log for the
 * matchmaker.
 */
final class RolloutFunction extends ProcessFunction<MatchSpec, MemberExperience> {

    private static final long serialVersionUID = 1L;
    private static final int CACHED_VERSIONS = 64;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RolloutFunction.class);

    /** Game ids: match id × this + game index; games beyond it in one match are played but not reported. */
    static final long GAMES_PER_MATCH_ID = 4096;

    static final OutputTag<MatchResult> RESULTS = new OutputTag<>("match-results", TypeInformation.of(MatchResult.class));

    private final LeagueJobSpec spec;
    private transient WeightStore weights;
    private transient MatchLog log;
    private transient AgentFactory factory;
    private transient MatchRunner runner;
    private transient Map<WeightRef, SidePolicy> cache;
    private transient Counter frames;
    private transient Counter matches;
    private transient Counter simulationNanos;
    private transient Counter inferenceNanos;
    private transient BreakdownClock clock;
    private transient long fetchNanos;

    RolloutFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        weights = LeagueStores.weights(spec);
        log = LeagueStores.matchLog(spec);
        factory = AgentFactory.of(spec.scenario(), spec.league());
        int episodeLimit = spec.scenario().environmentSpec().episodeLimit();
        runner = new MatchRunner(spec.scenario(), spec.league().agent().envs(), spec.league().agent().segmentSteps(episodeLimit));
        cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WeightRef, SidePolicy> eldest) {
                return size() > CACHED_VERSIONS;
            }
        };
        var group = getRuntimeContext().getMetricGroup().addGroup("league");
        frames = group.counter("frames");
        group.meter("framesPerSecond", new org.apache.flink.metrics.MeterView(frames));
        matches = group.counter("matches");
        simulationNanos = group.counter("simulationNanos");
        inferenceNanos = group.counter("inferenceNanos");
        clock = new BreakdownClock();
    }

    /** Every 30 s: this worker's cumulative frames and where its time went (the benchmark's breakdown). */
    private void logBreakdown() {
        if (!clock.due()) {
            return;
        }
        double seconds = clock.seconds();
        LOG.info(String.format(java.util.Locale.ROOT,
                "rollout worker %d: %d matches, %d frames in %.0f s (%.0f frames/s); simulation %.1f s, inference %.1f s, "
                        + "weight fetch %.1f s", getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(), matches.getCount(),
                frames.getCount(), seconds, frames.getCount() / seconds, simulationNanos.getCount() / 1e9,
                inferenceNanos.getCount() / 1e9, fetchNanos / 1e9));
    }

    @Override
    public void processElement(MatchSpec match, Context context, Collector<MemberExperience> out) {
        int teams = match.players().length;
        if (teams != spec.scenario().environmentSpec().teams()) {
            throw new IllegalStateException(match + " has " + teams + " sides, the scenario " + spec.scenario().environmentSpec().teams());
        }
        SidePolicy[] policies = new SidePolicy[teams];
        String[] scripted = new String[teams];
        boolean[] learning = new boolean[teams];
        long[] versions = match.versions().clone();
        for (int side = 0; side < teams; side++) {
            String player = match.players()[side];
            if (LeagueSpec.isBaseline(player)) {
                scripted[side] = player.substring(LeagueSpec.SCRIPTED.length());
                continue;
            }
            if (!match.snapshot(side)) {
                versions[side] = weights.latestVersion(player).orElse(versions[side]);
                learning[side] = true;
            }
            policies[side] = policy(new WeightRef(match.member(side), versions[side]));
        }
        SplittableRandom random = new SplittableRandom(match.seed() ^ 0x2545F4914F6CDD1DL);
        MatchRunner.Played played = runner.play(match.seed(), policies, scripted, learning, random);
        for (int side = 0; side < teams; side++) {
            SideExperience experience = played.experiences()[side];
            if (experience != null) {
                out.collect(new MemberExperience(match.players()[side], versions[side], experience));
            }
        }
        report(match, versions, played, context);
        frames.inc(played.frames());
        matches.inc();
        simulationNanos.inc(played.simulationNanos());
        inferenceNanos.inc(played.inferenceNanos());
        logBreakdown();
    }

    /**
     * Every finished game to the ratings; the last one also carries the frames of the episodes the
     * segment cut off, so that results add up to the frames played. The summary (ranks by mean
     * rank over the games) goes to the match log under the match's id.
     */
    private void report(MatchSpec match, long[] versions, MatchRunner.Played played, Context context) {
        List<MatchRunner.Game> games = played.games();
        int teams = versions.length;
        double[] rankSums = new double[teams];
        long counted = 0;
        int reported = (int) Math.min(games.size(), GAMES_PER_MATCH_ID);
        for (int g = 0; g < reported; g++) {
            EpisodeOutcome outcome = games.get(g).outcome();
            int[] ranks = outcome.ranks();
            for (int side = 0; side < teams; side++) {
                rankSums[side] += ranks[side];
            }
            long steps = g == reported - 1 ? played.frames() - counted : outcome.steps();
            counted += outcome.steps();
            context.output(RESULTS, new MatchResult(match.matchId() * GAMES_PER_MATCH_ID + g, match.players(), versions, ranks, steps));
        }
        int[] summary = new int[teams];
        for (int side = 0; side < teams; side++) {
            summary[side] = 1;     // ranks are 1-based: 1 + the sides with a strictly better mean rank
            for (int other = 0; other < teams; other++) {
                summary[side] += rankSums[other] < rankSums[side] - 1e-9 ? 1 : 0;
            }
        }
        log.record(new MatchResult(match.matchId(), match.players(), versions, summary, played.frames()));
    }

    private SidePolicy policy(WeightRef ref) {
        SidePolicy cached = cache.get(ref);
        if (cached != null) {
            return cached;
        }
        long started = System.nanoTime();
        byte[] bytes = weights.getOrPrevious(ref)
                .orElseThrow(() -> new IllegalStateException("weights " + ref + " (or an older intact version) not in the store"))
                .bytes();
        SidePolicy policy = factory.policy(bytes);
        cache.put(ref, policy);
        fetchNanos += System.nanoTime() - started;
        return policy;
    }
}
