package dev.league.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.agents.policy.Policy;
import dev.league.matchmaking.MatchResult;
import dev.league.scenarios.ScenarioSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TournamentTest {

    private final Policy alwaysZero = (observations, masks, random) -> new int[observations.length];

    private Map<String, Policy> players() {
        Map<String, Policy> players = new LinkedHashMap<>();
        players.put("zero", alwaysZero);
        players.put(UniformRandomPolicy.NAME, new UniformRandomPolicy());
        players.put("random2", new UniformRandomPolicy());
        return players;
    }

    @Test
    void roundRobin_playsEveryPairOnBothSides_deterministically() {
        Tournament tournament = new Tournament(ScenarioSpec.tinySignalDuel(), 4, 9);
        int[] progress = new int[1];

        List<MatchResult> first = tournament.roundRobin(players(), done -> progress[0] = done);
        List<MatchResult> second = tournament.roundRobin(players(), done -> { });

        assertThat(first).hasSize(tournament.games(3)).hasSize(12);
        assertThat(progress[0]).isEqualTo(12);
        assertThat(first).isEqualTo(second);
        assertThat(first.stream().filter(r -> r.players()[0].equals("zero")).count()).isEqualTo(4);
        assertThat(first).allSatisfy(result -> assertThat(result.frames()).isEqualTo(32));
    }

    @Test
    void constructor_oddGames_rejected() {
        assertThatThrownBy(() -> new Tournament(ScenarioSpec.tinySignalDuel(), 3, 1))
                .hasMessage("tournament.gamesPerPair must be even and >= 2, was 3");
    }
}
