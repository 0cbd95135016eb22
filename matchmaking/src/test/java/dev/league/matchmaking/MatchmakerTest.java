package dev.league.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MatchmakerTest {

    private final Map<String, Long> versions = Map.of("m0", 3L, "m1", 0L, "m2", 7L, "m3", 1L);

    @Test
    void round_everyPlayerMeetsSomeoneElse_withItsLatestVersion() {
        List<MatchSpec> matches = Matchmaker.uniform(42).round(5, versions);

        assertThat(matches).hasSize(4);
        for (MatchSpec match : matches) {
            assertThat(match.players()[0]).isNotEqualTo(match.players()[1]);
            for (int side = 0; side < 2; side++) {
                assertThat(match.versions()[side]).isEqualTo(versions.get(match.players()[side]));
            }
        }
        assertThat(matches.stream().map(MatchSpec::matchId)).containsExactly(20L, 21L, 22L, 23L);
    }

    @Test
    void round_sameSeedAndRound_sameMatches() {
        assertThat(Matchmaker.uniform(42).round(3, versions)).isEqualTo(Matchmaker.uniform(42).round(3, versions));
        assertThat(Matchmaker.uniform(42).round(3, versions)).isNotEqualTo(Matchmaker.uniform(42).round(4, versions));
    }

    @Test
    void rounds_opponentsRoughlyUniform() {
        Map<String, Integer> opponentsOfM0 = new HashMap<>();
        Matchmaker matchmaker = Matchmaker.uniform(1);
        for (int round = 0; round < 3000; round++) {
            MatchSpec first = matchmaker.round(round, versions).get(0);
            String opponent = first.players()[0].equals("m0") ? first.players()[1] : first.players()[0];
            opponentsOfM0.merge(opponent, 1, Integer::sum);
        }

        assertThat(opponentsOfM0).containsOnlyKeys("m1", "m2", "m3");
        opponentsOfM0.values().forEach(count -> assertThat(count).isBetween(900, 1100));
    }
}
