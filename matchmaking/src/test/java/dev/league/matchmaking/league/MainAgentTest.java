package dev.league.matchmaking.league;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MainAgentTest {

    /** The pseudocode's remove_monotonic_suffix keeps the prefix up to the last rise in win rate. */
    @Test
    void keptPrefix_dropsTheFallingSuffix() {
        assertThat(MainAgent.keptPrefix(new double[] {0.2, 0.9, 0.5}, 3)).isEqualTo(2);
        assertThat(MainAgent.keptPrefix(new double[] {0.1, 0.2, 0.3}, 3)).isEqualTo(3);
        assertThat(MainAgent.keptPrefix(new double[] {0.6, 0.5, 0.8, 0.4, 0.3}, 5)).isEqualTo(3);
    }

    @Test
    void keptPrefix_monotonicFallOrTooShort_keepsNothing() {
        assertThat(MainAgent.keptPrefix(new double[] {0.9, 0.5, 0.2}, 3)).isZero();
        assertThat(MainAgent.keptPrefix(new double[] {0.5, 0.5}, 2)).isZero();
        assertThat(MainAgent.keptPrefix(new double[] {0.1}, 1)).isZero();
        assertThat(MainAgent.keptPrefix(new double[] {0.1, 0.9}, 0)).isZero();
    }
}
