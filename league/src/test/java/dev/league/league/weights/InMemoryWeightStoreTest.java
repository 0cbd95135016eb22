package dev.league.league.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class InMemoryWeightStoreTest {

    @Test
    void publish_keepsEveryVersion_andLatestOnlyMovesForward() {
        InMemoryWeightStore store = new InMemoryWeightStore();

        store.publish(new WeightRef("m0", 1), new byte[] {1});
        store.publish(new WeightRef("m0", 2), new byte[] {2});
        store.publish(new WeightRef("m0", 0), new byte[] {0});

        assertThat(store.latestVersion("m0")).hasValue(2);
        assertThat(store.get(new WeightRef("m0", 1))).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1));
        assertThat(store.get(new WeightRef("m1", 0))).isEmpty();
        assertThat(store.latestVersions()).isEqualTo(Map.of("m0", 2L));
    }

    @Test
    void weightRef_rejectsNegativeVersion() {
        assertThatThrownBy(() -> new WeightRef("m0", -1)).hasMessage("weightRef.version must be >= 0, was -1");
    }
}
