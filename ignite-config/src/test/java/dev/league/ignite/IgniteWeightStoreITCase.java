package dev.league.ignite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.league.weights.WeightRef;
import java.nio.file.Path;
import org.apache.ignite.Ignite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real server nodes in this JVM, on this class's own ports. */
final class IgniteWeightStoreITCase {

    private static final int DISCOVERY_PORT = 49100;

    @TempDir
    Path work;

    @Test
    void publishedWeights_areReadableOnOtherNode_andSurviveLossOfTheWriter() {
        IgniteNodeSpec spec = IgniteNodeSpec.cluster("weights-it", DISCOVERY_PORT, 2, work);
        try (Ignite second = IgniteNodes.startServer(spec.withInstanceName("weights-it-b"))) {
            IgniteWeightStore reader = new IgniteWeightStore(second, 1, 100);
            try (Ignite first = IgniteNodes.startServer(spec.withInstanceName("weights-it-a"))) {
                assertThat(first.cluster().forServers().nodes()).hasSize(2);
                IgniteWeightStore writer = new IgniteWeightStore(first, 1, 100);
                for (int version = 0; version < 20; version++) {
                    writer.publish(new WeightRef("m0", version), new byte[] {(byte) version, 42});
                }
                writer.publish(new WeightRef("m1", 3), new byte[] {3});

                assertThat(reader.latestVersions()).containsEntry("m0", 19L).containsEntry("m1", 3L);
                assertThat(reader.get(new WeightRef("m0", 7))).hasValueSatisfying(b -> assertThat(b).containsExactly(7, 42));
            }
            // the writer node is gone; backups = 1 means nothing was lost
            for (int version = 0; version < 20; version++) {
                assertThat(reader.get(new WeightRef("m0", version))).isPresent();
            }
            assertThat(reader.latestVersion("m0")).hasValue(19);
            // the count is over primary copies: the survivor's backups count once the exchange promotes them
            assertThat(storedVersionsOnceSettled(reader, 21)).isEqualTo(21);
        }
    }

    /** {@link IgniteWeightStore#storedVersions()} polled until it reaches {@code expected} or 30 s pass. */
    private static long storedVersionsOnceSettled(IgniteWeightStore store, long expected) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long count = store.storedVersions();
        while (count != expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            count = store.storedVersions();
        }
        return count;
    }

    @Test
    void publish_olderVersion_doesNotMoveLatestBack() {
        IgniteNodeSpec spec = IgniteNodeSpec.cluster("weights-it-solo", DISCOVERY_PORT + 10, 1, work);
        try (Ignite node = IgniteNodes.startServer(spec)) {
            IgniteWeightStore store = new IgniteWeightStore(node, 0);
            store.publish(new WeightRef("m0", 5), new byte[] {5});
            store.publish(new WeightRef("m0", 2), new byte[] {2});

            assertThat(store.latestVersion("m0")).hasValue(5);
            assertThat(IgniteNodes.connect(spec)).isSameAs(node);
        }
    }
}
