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
    void play_onSeveralThreads_givesTheSameLogAsOneThread() {
        Tournament tournament = new Tournament(ScenarioSpec.tinySignalDuel(), 6, 5);
        Map<String, Contestant> contestants = new LinkedHashMap<>();
        players().forEach((id, policy) -> contestants.put(id, Contestant.policy(policy)));
        contestants.put("oracle", Contestant.scripted("oracle"));
        List<int[]> pairings = tournament.pairings(contestants.size(), 0);
        java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger();

        List<MatchResult> serial = tournament.play(contestants, pairings, 1, done -> { });
        List<MatchResult> parallel = tournament.play(contestants, pairings, 3, done -> last.accumulateAndGet(done, Math::max));

        assertThat(pairings).hasSize(6);
        assertThat(parallel).hasSize(36).isEqualTo(serial);
        assertThat(last.get()).isEqualTo(36);
        assertThat(parallel).extracting(MatchResult::matchId).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, 36).boxed().toList());
    }

    @Test
    void play_scriptedOracle_beatsUniformRandom() {
        Tournament tournament = new Tournament(ScenarioSpec.tinySignalDuel(), 20, 3);
        Map<String, Contestant> contestants = new LinkedHashMap<>();
        contestants.put("oracle", Contestant.scripted("oracle"));
        contestants.put(UniformRandomPolicy.NAME, Contestant.policy(new UniformRandomPolicy()));

        List<MatchResult> results = tournament.play(contestants, tournament.pairings(2, 0), 2, done -> { });

        long oracleWins = results.stream()
                .filter(result -> result.ranks()[java.util.Arrays.asList(result.players()).indexOf("oracle")] == 1
                        && result.ranks()[0] != result.ranks()[1])
                .count();
        assertThat(oracleWins).isGreaterThanOrEqualTo(16);
    }

    @Test
    void play_asksEachSidesPolicyOncePerStepForAllItsAgents() {
        ScenarioSpec scenario = dev.league.scenarios.Scenarios.load(java.nio.file.Path.of("..", "scenarios", "smac", "3m.yaml"));
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        dev.league.agents.policy.Policy recording = (observations, masks, random) -> {
            rows.add(observations.length);
            return new UniformRandomPolicy().act(observations, masks, random);
        };
        Tournament.play(scenario.newEnvironment(), 1, new String[] {"a", "b"},
                new dev.league.agents.policy.Policy[] {recording, new UniformRandomPolicy()}, 7);
        // 3m: three marines a side, so a shared actor sees its agents together (agent ids by row)
        org.assertj.core.api.Assertions.assertThat(rows).isNotEmpty().containsOnly(3);
    }

    @Test
    void play_unknownScriptedOpponent_isRejected() {
        Tournament tournament = new Tournament(ScenarioSpec.tinySignalDuel(), 2, 3);
        Map<String, Contestant> contestants = new LinkedHashMap<>();
        contestants.put("bot", Contestant.scripted("godlike"));
        contestants.put("zero", Contestant.policy(alwaysZero));

        assertThatThrownBy(() -> tournament.play(contestants, tournament.pairings(2, 0), 1, done -> { }))
                .hasMessageContaining("has no scripted opponent 'godlike'");
    }

    @Test
    void pairings_sample_isSeededAndSorted() {
        Tournament tournament = new Tournament(ScenarioSpec.tinySignalDuel(), 2, 3);

        List<int[]> sample = tournament.pairings(6, 5);

        assertThat(sample).hasSize(5);
        assertThat(sample).usingElementComparator(java.util.Arrays::compare)
                .containsExactlyElementsOf(tournament.pairings(6, 5))
                .isSortedAccordingTo(java.util.Arrays::compare);
        assertThat(tournament.pairings(6, 0)).hasSize(15);
    }

    @Test
    void constructor_oddGames_rejected() {
        assertThatThrownBy(() -> new Tournament(ScenarioSpec.tinySignalDuel(), 3, 1))
                .hasMessage("tournament.gamesPerPair must be even and >= 2, was 3");
    }
}
