package dev.league.flink.job;

import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchSpec;
import dev.league.matchmaking.rating.RatingUpdate;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The league topology:
 *
 * <pre>
 * rounds ─▶ matchmaker ─MatchSpec─▶ rollouts ─MemberExperience (keyed by member)─▶ learners ─▶ TrainingStats
 *   (p=1)      (p=1)                  (p)   └─MatchResult (side output)─▶ ratings (p=1) ─▶ RatingUpdate
 *                                                              RatingUpdate + TrainingStats ─▶ pbt (p=1) ─▶ PbtEvent
 * </pre>
 *
 * PBT decisions reach the learners through the member store: new hyperparameters in the member's
 * record, weight copies as exploit orders the member's learner applies.
 *
 * Weights never travel in records: the matchmaker reads the newest versions from the store,
 * rollouts fetch exactly those versions, and learners publish new ones. The loop closes through
 * the store, with no Flink iteration.
 */
public final class LeagueJob {

    private LeagueJob() {}

    /** The outputs of the topology, for sinks and tests. */
    public record Streams(
            DataStream<MatchSpec> matches,
            DataStream<MatchResult> results,
            DataStream<RatingUpdate> ratings,
            DataStream<TrainingStats> training,
            DataStream<PbtEvent> pbt) {}

    /** All outputs as one stream, so a single sink (or collect iterator) sees them in one place. */
    public static DataStream<LeagueEvent> events(Streams streams) {
        TypeInformation<LeagueEvent> type = TypeInformation.of(LeagueEvent.class);
        // p = 1 like the rating operator, so rating updates keep their order (forward, no shuffle)
        return streams.ratings().map(LeagueEvent::of, type).name("rating-events").setParallelism(1)
                .union(streams.training().map(LeagueEvent::of, type).name("training-events"),
                        streams.pbt().map(LeagueEvent::of, type).name("pbt-events"));
    }

    /**
     * Checkpoints every {@code intervalMillis}, unaligned: a rollout holds a match for seconds and
     * the matchmaker runs ahead of the rollouts up to the network buffers' bound (backpressure),
     * so aligned barriers would queue behind those matches; unaligned ones overtake them and store
     * the queued matches with the checkpoint.
     */
    public static void enableCheckpointing(StreamExecutionEnvironment environment, long intervalMillis) {
        environment.enableCheckpointing(intervalMillis);
        environment.getCheckpointConfig().enableUnalignedCheckpoints();
    }

    /** A bounded, paced source of round numbers 0..rounds-1. */
    public static DataStream<Long> rounds(StreamExecutionEnvironment environment, LeagueJobSpec spec) {
        DataGeneratorSource<Long> source = new DataGeneratorSource<>(
                index -> index,
                rounds(spec),
                RateLimiterStrategy.perSecond(spec.league().roundsPerSecond()),
                Types.LONG);
        return environment.fromSource(source, WatermarkStrategy.noWatermarks(), "rounds").setParallelism(1);
    }

    /**
     * Rounds the source emits: {@code league.rounds}, or with {@code budget.frames} as many as that
     * budget needs (at most {@code league.rounds}) (each round plays one match per member, plus one per member and baseline every
     * {@code evaluationEvery} rounds; a match is envs × T frames).
     */
    public static long rounds(LeagueJobSpec spec) {
        return rounds(spec.league(), spec.scenario().environmentSpec().episodeLimit());
    }

    /** {@link #rounds(LeagueJobSpec)} for a league and the scenario's episode limit. */
    public static long rounds(dev.league.league.LeagueSpec league, int episodeLimit) {
        if (!league.budget().hasFrames()) {
            return league.rounds();
        }
        long perMatch = league.agent().framesPerMatch(episodeLimit);
        double matchesPerRound = league.members() + (double) league.members() * league.baselineMatchesPerMember() / league.evaluationEvery();
        return Math.min(league.rounds(), Math.max(1, (long) Math.ceil(league.budget().frames() / (perMatch * matchesPerRound))));
    }

    /** Key groups of the learner operator: fixed, so {@link #learnerKeys} can place members. */
    static final int LEARNER_MAX_PARALLELISM = 128;

    /**
     * A learner key per member such that member i lands on learner subtask i mod parallelism: hashing
     * the member ids left one subtask with three of four members (measured: 410 vs 148 updates a
     * minute on 3m), so those members learned less per frame played.
     */
    static java.util.HashMap<String, Integer> learnerKeys(java.util.List<String> members, int parallelism) {
        java.util.HashMap<String, Integer> keys = new java.util.HashMap<>();
        int candidate = 0;
        for (int i = 0; i < members.size(); i++) {
            int subtask = i % parallelism;
            while (org.apache.flink.runtime.state.KeyGroupRangeAssignment.assignKeyToParallelOperator(candidate,
                    LEARNER_MAX_PARALLELISM, parallelism) != subtask) {
                candidate++;
            }
            keys.put(members.get(i), candidate++);
        }
        return keys;
    }

    /** Builds the topology on any stream of round numbers (tests feed their own). */
    public static Streams build(DataStream<Long> rounds, LeagueJobSpec spec) {
        int parallelism = spec.league().parallelism();
        DataStream<MatchSpec> matches = rounds
                .flatMap(new MatchmakerFunction(spec), Types.POJO(MatchSpec.class))
                .name("matchmaker").uid("matchmaker").setParallelism(1);
        SingleOutputStreamOperator<MemberExperience> rollouts = matches
                .rebalance()
                .process(new RolloutFunction(spec), Types.POJO(MemberExperience.class))
                .name("rollouts").uid("rollouts").setParallelism(parallelism);
        DataStream<MatchResult> results = rollouts.getSideOutput(RolloutFunction.RESULTS);
        java.util.HashMap<String, Integer> keys = learnerKeys(dev.league.league.Population.initial(spec.league()).ids(), parallelism);
        DataStream<TrainingStats> training = rollouts
                .keyBy(experience -> keys.get(experience.memberId()), Types.INT)
                .process(new LearnerFunction(spec), Types.POJO(TrainingStats.class))
                .name("learners").uid("learners").setParallelism(parallelism).setMaxParallelism(LEARNER_MAX_PARALLELISM);
        DataStream<RatingUpdate> ratings = results
                .global()
                .process(new RatingFunction(spec), Types.POJO(RatingUpdate.class))
                .name("ratings").uid("ratings").setParallelism(1);
        DataStream<PbtEvent> pbt = ratings
                .connect(training)
                .keyBy(update -> 0, stats -> 0, Types.INT)
                .process(new PbtFunction(spec), TypeInformation.of(PbtEvent.class))
                .name("pbt").uid("pbt").setParallelism(1);
        return new Streams(matches, results, ratings, training, pbt);
    }
}
