package dev.league.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MatchSpecTest {

    @Test
    void member_snapshotSide_isTheMemberBeforeTheSeparator() {
        MatchSpec match = new MatchSpec(1, 0, new String[] {"m0", MatchSpec.snapshotId("m1", 12)}, new long[] {3, 12}, 7);

        assertThat(match.players()[1]).isEqualTo("m1@12");
        assertThat(match.member(0)).isEqualTo("m0");
        assertThat(match.member(1)).isEqualTo("m1");
        assertThat(match.snapshot(0)).isFalse();
        assertThat(match.snapshot(1)).isTrue();
    }
}
