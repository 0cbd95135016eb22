package dev.league.ignite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.league.Hyperparameters;
import dev.league.league.Member;
import dev.league.league.MemberStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.league.weights.CorruptWeightsException;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.ignite.Ignite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Ignite server JVMs on loopback (this class's own ports) and this JVM as a client: node
 * loss with kill -9, corrupted values, and a full restart with native persistence.
 */
final class IgniteFaultsITCase {

    private static final int KILL_PORT = 49400;
    private static final int RESTART_PORT = 49420;
    private static final List<String> MEMBERS = List.of("m0", "m1", "m2", "m3");

    @TempDir
    Path work;

    private LocalCluster cluster() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        return new LocalCluster(work, root.resolve("bin/jvm17.args"), root.resolve("config/log4j2-test.properties"));
    }

    private static byte[] weights(WeightRef ref) {
        byte[] bytes = new byte[64 * 1024];
        new SplittableRandom(ref.key().hashCode()).nextBytes(bytes);
        return bytes;
    }

    @Test
    void killNineOfAServerWhileWriting_losesNoAcknowledgedVersion_andCorruptionFallsBack() throws Exception {
        IgniteNodeSpec spec = IgniteNodeSpec.cluster("faults", KILL_PORT, 3, work);
        try (LocalCluster servers = cluster()) {
            servers.start("faults-1", KILL_PORT, 3, false);
            Process victim = servers.start("faults-2", KILL_PORT, 3, false);
            servers.start("faults-3", KILL_PORT, 3, false);
            try (Ignite client = IgniteNodes.connect(spec)) {
                assertThat(client.cluster().forServers().nodes()).hasSize(3);
                IgniteWeightStore store = new IgniteWeightStore(client, 1, 10_000);
                List<WeightRef> acknowledged = new ArrayList<>();
                long version = 0;
                for (; version < 30; version++) {
                    publishAll(store, version, acknowledged);
                }
                LocalCluster.killNine(victim);
                for (; version < 60; version++) {
                    publishAll(store, version, acknowledged);
                }

                assertThat(client.cluster().forServers().nodes()).hasSize(2);
                for (WeightRef ref : acknowledged) {
                    assertThat(store.get(ref)).as(ref.key()).hasValueSatisfying(bytes ->
                            assertThat(Arrays.equals(bytes, weights(ref))).isTrue());
                }
                assertThat(store.latestVersions()).hasSize(4).allSatisfy((m, v) -> assertThat(v).isEqualTo(59));

                // a damaged value is detected, and readers fall back to the previous good version
                WeightRef newest = new WeightRef("m2", 59);
                byte[] damaged = store.raw(newest).clone();
                damaged[100] ^= 0x5A;
                store.putRaw(newest, damaged);
                assertThatThrownBy(() -> store.get(newest)).isInstanceOf(CorruptWeightsException.class)
                        .hasMessageContaining("m2@59 are corrupted: checksum mismatch");
                WeightStore.Stored served = store.getOrPrevious(newest).orElseThrow();
                assertThat(served.ref()).isEqualTo(new WeightRef("m2", 58));
                assertThat(served.bytes()).isEqualTo(weights(served.ref()));
            }
        }
    }

    private static void publishAll(IgniteWeightStore store, long version, List<WeightRef> acknowledged) {
        for (String member : MEMBERS) {
            WeightRef ref = new WeightRef(member, version);
            store.publish(ref, weights(ref));
            acknowledged.add(ref);
        }
    }

    @Test
    void fullRestartWithPersistence_restoresThePopulation_hyperparametersIncluded() throws Exception {
        IgniteNodeSpec spec = IgniteNodeSpec.cluster("restart", RESTART_PORT, 3, work).withPersistence(true);
        Map<String, Member> written = new java.util.TreeMap<>();
        try (LocalCluster servers = cluster()) {
            for (int i = 1; i <= 3; i++) {
                servers.start("restart-" + i, RESTART_PORT, 3, true);
            }
            try (Ignite client = IgniteNodes.connect(spec)) {
                IgniteNodes.awaitActive(client, true, 120_000);
                IgniteWeightStore weights = new IgniteWeightStore(client, 1, 4);
                IgniteMemberStore members = new IgniteMemberStore(client, 1);
                IgniteLineageStore lineage = new IgniteLineageStore(client, 1);
                weights.pin(new WeightRef("m0", 1));      // a snapshot: kept through retention
                for (int i = 0; i < MEMBERS.size(); i++) {
                    String id = MEMBERS.get(i);
                    Hyperparameters hyperparameters = new Hyperparameters(Map.of("learningRate", 0.001 * (i + 1), "entropy", 0.01));
                    Member member = new Member(id, Member.MAIN, hyperparameters, 9, i, i == 0 ? null : "m0",
                            new MemberStats(1000L * i, 10L * i, 1200 + i, 0.5));
                    members.put(member);
                    written.put(id, member);
                    for (long version = 0; version < 10; version++) {
                        WeightRef ref = new WeightRef(id, version);
                        weights.publish(ref, weights(ref));
                    }
                    lineage.append(new PbtEvent(id, PbtEvent.INIT, null, -1, 0, Double.NaN, Double.NaN, hyperparameters,
                            hyperparameters, 0, "initial"));
                }
                weights.publish(new WeightRef("m0", 10), weights(new WeightRef("m0", 10)));
            }
        }
        // every server stopped; start them again on the same work directories
        try (LocalCluster servers = cluster()) {
            for (int i = 1; i <= 3; i++) {
                servers.start("restart-" + i, RESTART_PORT, 3, true);
            }
            try (Ignite client = IgniteNodes.connect(spec.withInstanceName("restart-reader"))) {
                IgniteNodes.awaitActive(client, false, 120_000);
                assertThat(new IgniteMemberStore(client, 1).all()).isEqualTo(written);
                IgniteWeightStore weights = new IgniteWeightStore(client, 1, 4);
                assertThat(weights.latestVersions()).containsEntry("m0", 10L).containsEntry("m3", 9L);
                assertThat(weights.get(new WeightRef("m3", 9))).hasValueSatisfying(bytes ->
                        assertThat(bytes).isEqualTo(weights(new WeightRef("m3", 9))));
                // retention kept the last 4 versions and the pinned one
                assertThat(weights.get(new WeightRef("m3", 5))).isEmpty();
                assertThat(weights.get(new WeightRef("m0", 1))).isPresent();
                assertThat(new IgniteLineageStore(client, 1).events("m2")).extracting(PbtEvent::reason).containsExactly("initial");
            }
        }
    }
}
