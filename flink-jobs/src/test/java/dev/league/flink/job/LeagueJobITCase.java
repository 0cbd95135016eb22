package dev.league.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.flink.training.AgentFactory;
import dev.league.league.AgentSpec;
import dev.league.ignite.IgniteNodeSpec;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteMemberStore;
import dev.league.ignite.IgniteRatingStore;
import dev.league.ignite.IgniteWeightStore;
import dev.league.league.LeagueSpec;
import dev.league.league.Population;
import dev.league.league.weights.WeightRef;
import dev.league.matchmaking.rating.RatingUpdate;
import dev.league.scenarios.ScenarioSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.ignite.Ignite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The league topology on a MiniCluster of two task managers (parallelism 2) against a real Ignite
 * node, fed by the test's own round source.
 */
final class LeagueJobITCase {

    private static final int DISCOVERY_PORT = 49200;
    private static final int ROUNDS = 8;
    private static final int MEMBERS = 4;
    private static final int GAMES = 2;

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(2)
            .setNumberSlotsPerTaskManager(1)
            .build());

    @TempDir
    static Path work;

    private static Ignite ignite;
    private static LeagueJobSpec spec;

    @BeforeAll
    static void startIgnite() {
        IgniteNodeSpec igniteSpec = IgniteNodeSpec.cluster("league-job-it", DISCOVERY_PORT, 1, work);
        ignite = IgniteNodes.startServer(igniteSpec);
        spec = new LeagueJobSpec(ScenarioSpec.tinySignalDuel(),
                LeagueSpec.DEFAULTS.withMembers(MEMBERS).withRounds(ROUNDS).withParallelism(2).withSeed(5)
                        .withAgent(AgentSpec.DEFAULTS.withRollout(GAMES, 0)), igniteSpec);
    }

    @AfterAll
    static void stopIgnite() {
        ignite.close();
    }

    @Test
    void league_advancesWeightVersionsInIgnite_andStreamsRatingUpdates() throws Exception {
        IgniteWeightStore weights = new IgniteWeightStore(ignite, spec.ignite().backups());
        LeagueStores.seed(weights, new IgniteMemberStore(ignite, 1), Population.initial(spec.league()), spec);
        assertThat(weights.latestVersions()).containsOnlyKeys("m0", "m1", "m2", "m3").allSatisfy((m, v) -> assertThat(v).isZero());

        StreamExecutionEnvironment environment = StreamExecutionEnvironment.getExecutionEnvironment();
        environment.setParallelism(2);
        DataStream<Long> rounds = environment.fromSequence(0, ROUNDS - 1).setParallelism(1);
        LeagueJob.Streams streams = LeagueJob.build(rounds, spec);
        streams.training().sinkTo(new DiscardingSink<>());
        streams.pbt().sinkTo(new DiscardingSink<>());
        int matches = ROUNDS * MEMBERS;
        // each match: GAMES games side by side for the episode limit (32 steps, the signal duel's fixed length)
        List<RatingUpdate> updates = streams.ratings().executeAndCollect(matches * GAMES + 1);

        assertThat(updates).hasSize(matches * GAMES);
        RatingUpdate last = updates.stream().max(java.util.Comparator.comparingLong(RatingUpdate::matches)).orElseThrow();
        assertThat(last.matches()).isEqualTo(matches * GAMES);
        assertThat(last.frames()).isEqualTo(matches * GAMES * 32L);
        AgentFactory factory = AgentFactory.of(spec.scenario(), spec.league());

        // every match gives each of its two sides one learner update, each publishing a new version
        Map<String, Long> versions = weights.latestVersions();
        assertThat(versions.values()).allSatisfy(version -> assertThat(version).isPositive());
        assertThat(versions.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2L * matches);
        int kept = IgniteWeightStore.DEFAULT_KEEP_VERSIONS;
        for (Map.Entry<String, Long> entry : versions.entrySet()) {
            for (long version = 0; version <= entry.getValue(); version++) {
                WeightRef ref = new WeightRef(entry.getKey(), version);
                if (version > entry.getValue() - kept || version == 0) {   // version 0 is pinned (exploiter resets)
                    assertThat(weights.get(ref)).as(ref.key()).hasValueSatisfying(factory::policy);
                } else {
                    assertThat(weights.get(ref)).as("retention removed " + ref.key()).isEmpty();
                }
            }
        }
        long newest = versions.get("m0");
        // the acting network itself changed between the last two versions (not just the optimizer state)
        assertThat(actingParameters(weights.get(new WeightRef("m0", newest)).orElseThrow(), factory))
                .isNotEqualTo(actingParameters(weights.get(new WeightRef("m0", newest - 1)).orElseThrow(), factory));

        Map<String, Double> ratings = new IgniteRatingStore(ignite, spec.ignite().backups()).all();
        assertThat(ratings).containsOnlyKeys("m0", "m1", "m2", "m3");
        assertThat(ratings.values()).anySatisfy(rating -> assertThat(rating).isNotEqualTo(1200.0));
        assertThat(ratings.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(4 * 1200.0,
                org.assertj.core.api.Assertions.within(1e-6));
    }

    private static float[] actingParameters(byte[] blob, AgentFactory factory) {
        byte[] acting = dev.league.flink.training.AgentBlob.decode(blob, factory.kind()).get(0);
        return dev.league.agents.codec.NetworkCodec.decode(acting).parameters().values().dup().data().asFloat();
    }
}
