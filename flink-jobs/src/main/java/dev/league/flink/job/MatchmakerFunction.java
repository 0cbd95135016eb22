package dev.league.flink.job;

import dev.league.league.LeagueSpec;
import dev.league.league.MatchLog;
import dev.league.league.MemberStore;
import dev.league.league.Population;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchSpec;
import dev.league.matchmaking.league.Checkpoint;
import dev.league.matchmaking.league.League;
import dev.league.matchmaking.league.LeaguePlayer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.io.Serializable;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Round number in, one match per learner out (matchmaking.sampler: uniform, latest-self,
 * snapshot-pool, PFSP or the AlphaStar roles). Before each round it reads back, from the match
 * log, the results of the matches it issued earlier and the learners' newest versions, feeds them
 * to the {@link League} (payoff table, snapshot rules), pins every snapshot's weights, and orders
 * exploiter resets. Sides of a match are members at their newest version or frozen snapshots
 * ({@code member@version}).
 */
final class MatchmakerFunction extends RichFlatMapFunction<Long, MatchSpec> implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MatchmakerFunction.class);

    /** Match ids of baseline matches start here, far above the league's round * learners + i. */
    static final long BASELINE_MATCH_IDS = 1L << 40;

    private final LeagueJobSpec spec;
    private transient WeightStore weights;
    private transient MatchLog log;
    private transient MemberStore members;
    private transient League league;
    private transient List<Long> pending;
    private transient Map<String, Long> steps;
    private transient ListState<byte[]> checkpointed;

    MatchmakerFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        weights = LeagueStores.weights(spec);
        log = LeagueStores.matchLog(spec);
        members = LeagueStores.members(spec);
        if (league == null) {
            league = League.create(spec.league().matchmaking(), Population.initial(spec.league()).ids());
            pending = new ArrayList<>();
            steps = new HashMap<>();
        }
    }

    /** The league (payoff, snapshots, roles), the matches awaiting results and the learners' frames. */
    private record State(League league, ArrayList<Long> pending, HashMap<String, Long> steps) implements Serializable {}

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointed.update(List.of(JavaSerialization.toBytes(new State(league, new ArrayList<>(pending), new HashMap<>(steps)))));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("matchmaker", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        for (byte[] bytes : checkpointed.get()) {
            State state = JavaSerialization.fromBytes(bytes, State.class);
            league = state.league();
            pending = state.pending();
            steps = state.steps();
        }
    }

    @Override
    public void flatMap(Long round, Collector<MatchSpec> out) {
        SplittableRandom random = new SplittableRandom(spec.league().seed() * 1_000_003L + round);
        recordPlayedMatches();
        Map<String, Long> latest = weights.latestVersions();
        for (LeaguePlayer learner : league.learners()) {
            Long version = latest.get(learner.id());
            if (version == null) {
                throw new IllegalStateException("member " + learner.id() + " has no weights in the store: population not seeded");
            }
            Optional<Checkpoint> checkpoint =
                    league.progress(learner.id(), version, steps.getOrDefault(learner.id(), 0L), random);
            checkpoint.ifPresent(this::snapshot);
        }
        int seats = spec.scenario().environmentSpec().teams();
        for (MatchSpec match : league.round(round.intValue(), seats, random)) {
            pending.add(match.matchId());
            out.collect(match);
        }
        if (!spec.league().baselines().isEmpty() && round % spec.league().evaluationEvery() == 0) {
            baselineMatches(round.intValue(), seats, latest, random).forEach(match -> {
                pending.add(match.matchId());
                out.collect(match);
            });
        }
    }

    /**
     * Every member against every baseline {@code baselineMatches} times; the member takes a random
     * seat. Ids above the league's.
     */
    private List<MatchSpec> baselineMatches(int round, int seats, Map<String, Long> latest, SplittableRandom random) {
        List<MatchSpec> matches = new ArrayList<>();
        List<String> baselines = spec.league().baselines();
        int learners = league.learners().size();
        int perMember = spec.league().baselineMatchesPerMember();
        long next = BASELINE_MATCH_IDS + (long) round * learners * perMember;
        for (LeaguePlayer learner : league.learners()) {
            for (int r = 0; r < perMember; r++) {
                String baseline = baselines.get(r % baselines.size());   // cycles through the baselines
                String[] players = new String[seats];
                long[] versions = new long[seats];
                int seat = random.nextInt(seats);
                for (int side = 0; side < seats; side++) {
                    players[side] = side == seat ? learner.id() : LeagueSpec.baselinePlayer(baseline);
                    versions[side] = side == seat ? latest.get(learner.id()) : 0;
                }
                matches.add(new MatchSpec(next++, round, players, versions, random.nextLong()));
            }
        }
        return matches;
    }

    private void recordPlayedMatches() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, MatchResult> played = log.results(pending);
        for (MatchResult result : played.values()) {
            if (java.util.Arrays.stream(result.players()).noneMatch(LeagueSpec::isBaseline)) {
                league.record(result);     // the payoff table is among league players only
            }
            for (int side = 0; side < result.players().length; side++) {
                String player = result.players()[side];
                if (!MatchSpec.isSnapshot(player) && !LeagueSpec.isBaseline(player)) {
                    steps.merge(player, result.frames(), Long::sum);
                }
            }
        }
        pending.removeAll(played.keySet());
    }

    private void snapshot(Checkpoint checkpoint) {
        LeaguePlayer snapshot = checkpoint.snapshot();
        weights.pin(new WeightRef(snapshot.member(), snapshot.version()));
        LOG.info("snapshot {} ({}): {}", snapshot.id(), snapshot.role(), checkpoint.reason());
        if (checkpoint.resetToInitialWeights()) {
            // the member's learner continues from its (pinned) initial weights
            LeagueStores.orderCopy(members, snapshot.member(), new WeightRef(snapshot.member(), 0));
            LOG.info("reset {} to its initial weights after snapshot {}", snapshot.member(), snapshot.id());
        }
    }
}
