package dev.league.matchmaking.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.matchmaking.ChiSquare;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchSpec;
import dev.league.matchmaking.MatchmakingSpec;
import dev.league.matchmaking.Specs;
import dev.league.matchmaking.sampling.PfspWeighting;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LeagueTest {

    private static final List<String> ALPHASTAR_MEMBERS = List.of("main", "mx", "le1", "le2");

    private static MatchmakingSpec spec(String sampler, Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("sampler", sampler);
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return Specs.with(values);
    }

    /** Snapshot rules firing at every progress report: min = max = 0 steps. */
    private static Object[] everyReport(Object... more) {
        List<Object> values = new ArrayList<>(List.of("snapshotMinSteps", 0L, "snapshotMaxSteps", 0L));
        values.addAll(List.of(more));
        return values.toArray();
    }

    private static MatchResult result(String winner, String loser) {
        return new MatchResult(0, new String[] {winner, loser}, new long[2], new int[] {1, 2}, 1);
    }

    private static MatchResult draw(String a, String b) {
        return new MatchResult(0, new String[] {a, b}, new long[2], new int[] {1, 1}, 1);
    }

    private static Map<Branch, Long> branches(League league, String learner, int draws, long seed) {
        Map<Branch, Long> counts = new EnumMap<>(Branch.class);
        SplittableRandom random = new SplittableRandom(seed);
        for (int draw = 0; draw < draws; draw++) {
            counts.merge(league.opponent(learner, random).branch(), 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> opponents(League league, String learner, int draws, long seed) {
        Map<String, Long> counts = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int draw = 0; draw < draws; draw++) {
            counts.merge(league.opponent(learner, random).opponent().id(), 1L, Long::sum);
        }
        return counts;
    }

    /** Chi-square of counts against expected probabilities, keys in the order given. */
    private static <K> void assertFrequencies(Map<K, Long> counts, Map<K, Double> expected) {
        assertThat(expected.keySet()).containsAll(counts.keySet());
        long[] observed = new long[expected.size()];
        double[] probabilities = new double[expected.size()];
        int k = 0;
        for (Map.Entry<K, Double> entry : expected.entrySet()) {
            observed[k] = counts.getOrDefault(entry.getKey(), 0L);
            probabilities[k++] = entry.getValue();
        }
        assertThat(ChiSquare.statistic(observed, probabilities)).as("chi-square of %s against %s", counts, expected)
                .isLessThan(ChiSquare.critical(probabilities));
    }

    // ---- creation ----------------------------------------------------------------------------------

    @Test
    void create_alphaStar_assignsRolesInMemberOrderAndSnapshotsMainAgents() {
        League league = League.create(spec("alphastar"), ALPHASTAR_MEMBERS);

        assertThat(league.learners()).extracting(LeaguePlayer::role).containsExactly(Role.MAIN_AGENT, Role.MAIN_EXPLOITER,
                Role.LEAGUE_EXPLOITER, Role.LEAGUE_EXPLOITER);
        assertThat(league.snapshots()).containsExactly(new LeaguePlayer("main@0", "main", 0, Role.MAIN_AGENT, true));
    }

    @Test
    void create_roleCountMismatch_namesTheCounts() {
        assertThatThrownBy(() -> League.create(spec("alphastar"), List.of("a", "b", "c")))
                .hasMessage("league has 3 members but the alphastar roles need mainAgents + mainExploiters"
                        + " + leagueExploiters = 1 + 1 + 2 = 4");
        assertThatThrownBy(() -> League.create(spec("uniform"), List.of("a", "b@1")))
                .hasMessage("league member ids must be non-blank and must not contain '@', was 'b@1'");
        assertThatThrownBy(() -> League.create(spec("uniform"), List.of("a", "a")))
                .hasMessage("league member ids must be unique, 'a' repeats");
    }

    // ---- AlphaStar main agent ------------------------------------------------------------------------

    @Test
    void opponent_mainAgentFreshLeague_halfPfspHalfSelfPlay() {
        League league = League.create(spec("alphastar"), ALPHASTAR_MEMBERS);

        Map<Branch, Long> counts = branches(league, "main", 20_000, 1);

        // verification finds no exploiter snapshot and nothing forgotten, so it falls through to self-play
        assertFrequencies(counts, Map.of(Branch.MAIN_PFSP, 0.5, Branch.MAIN_SELF_PLAY, 0.5));
        assertThat(opponents(league, "main", 1000, 2)).containsOnlyKeys("main@0", "main");
    }

    /** The pseudocode's 50 % PFSP / 15 % verification / 35 % self-play, and a custom split. */
    @ParameterizedTest
    @CsvSource({"0.5, 0.15", "0.2, 0.3"})
    void opponent_mainAgentBeatenByAnExploiterSnapshot_roleMixMatchesShares(double pfsp, double verification) {
        League league = League.create(spec("alphastar", everyReport("mainPfspShare", pfsp,
                "mainVerificationShare", verification)), ALPHASTAR_MEMBERS);
        Optional<Checkpoint> checkpoint = league.progress("mx", 1, 1, new SplittableRandom(0));
        league.record(result("mx@1", "main"));

        Map<Branch, Long> counts = branches(league, "main", 40_000, 3);

        assertThat(checkpoint).map(c -> c.snapshot().id()).contains("mx@1");
        assertFrequencies(counts, Map.of(Branch.MAIN_PFSP, pfsp, Branch.MAIN_VERIFY_EXPLOITERS, verification,
                Branch.MAIN_SELF_PLAY, 1 - pfsp - verification));
    }

    @Test
    void opponent_mainAgentTooWeakForTheOtherMain_curriculumOverItsSnapshots() {
        League league = League.create(spec("alphastar", "mainAgents", 2, "mainExploiters", 0, "leagueExploiters", 0,
                "mainPfspShare", 0.0, "mainVerificationShare", 0.0), List.of("a", "b"));
        league.record(result("b", "a")); // a's win rate against b: 0 <= 0.3

        Map<String, Long> counts = opponents(league, "a", 20_000, 4);

        // the opponent main agent is drawn uniformly: itself (win rate 0.5, self-play) or b (curriculum: b's snapshots)
        assertFrequencies(counts, Map.of("a", 0.5, "b@0", 0.5));
        assertThat(branches(league, "a", 2000, 5)).containsOnlyKeys(Branch.MAIN_SELF_PLAY, Branch.MAIN_SELF_PLAY_CURRICULUM);
    }

    @Test
    void opponent_mainAgentForgotAnOldSnapshot_verifiesAgainstIt() {
        League league = League.create(spec("alphastar", everyReport("mainExploiters", 0, "leagueExploiters", 0,
                "mainPfspShare", 0.0, "mainVerificationShare", 1.0)), List.of("main"));
        SplittableRandom random = new SplittableRandom(6);
        league.progress("main", 1, 1, random);
        league.progress("main", 2, 2, random);
        league.record(result("main@0", "main")); // 0: forgotten
        league.record(result("main", "main@1")); // 1: the rise that keeps the prefix [main@0, main@1]
        league.record(draw("main", "main@2"));   // 0.5: the falling suffix, dropped

        Map<String, Long> counts = opponents(league, "main", 2000, 7);

        assertThat(league.snapshots()).extracting(LeaguePlayer::id).containsExactly("main@0", "main@1", "main@2");
        assertThat(counts).containsOnlyKeys("main@0"); // PFSP squared over [0, 1]: weights [1, 0]
        assertThat(branches(league, "main", 100, 8)).containsOnlyKeys(Branch.MAIN_VERIFY_FORGETTING);
    }

    @Test
    void opponent_mainAgentWinRatesFallingWithNewerSnapshots_nothingForgottenSoSelfPlay() {
        League league = League.create(spec("alphastar", everyReport("mainExploiters", 0, "leagueExploiters", 0,
                "mainPfspShare", 0.0, "mainVerificationShare", 1.0)), List.of("main"));
        SplittableRandom random = new SplittableRandom(6);
        league.progress("main", 1, 1, random);
        league.progress("main", 2, 2, random);
        league.record(result("main", "main@0"));
        league.record(draw("main", "main@1"));
        league.record(result("main@2", "main"));

        assertThat(opponents(league, "main", 500, 9)).containsOnlyKeys("main");
        assertThat(branches(league, "main", 100, 10)).containsOnlyKeys(Branch.MAIN_SELF_PLAY);
    }

    // ---- AlphaStar exploiters ----------------------------------------------------------------------

    @Test
    void opponent_mainExploiter_playsTheMainAgentUntilItLosesThenItsSnapshots() {
        League league = League.create(spec("alphastar"), ALPHASTAR_MEMBERS);

        Map<Branch, Long> fresh = branches(league, "mx", 500, 11);
        league.record(result("main", "mx")); // win rate 0 <= 0.1
        Map<String, Long> losing = opponents(league, "mx", 500, 12);

        assertThat(fresh).containsOnlyKeys(Branch.EXPLOITER_MAIN_AGENT);
        assertThat(losing).containsOnlyKeys("main@0");
        assertThat(branches(league, "mx", 100, 13)).containsOnlyKeys(Branch.EXPLOITER_CURRICULUM);
    }

    @Test
    void opponent_leagueExploiter_pfspLinearCappedOverAllSnapshots() {
        League league = League.create(spec("alphastar", everyReport()), ALPHASTAR_MEMBERS);
        SplittableRandom random = new SplittableRandom(14);
        league.progress("main", 1, 1, random);
        league.progress("main", 2, 2, random);
        league.record(result("le1", "main@0")); // win rate 1: weight min(0.5, 0) = 0
        league.record(result("main@1", "le1")); // 0: min(0.5, 1) = 0.5
        league.record(draw("le1", "main@2"));   // 0.5: 0.5

        Map<String, Long> counts = opponents(league, "le1", 20_000, 15);

        assertFrequencies(counts, Map.of("main@0", 0.0, "main@1", 0.5, "main@2", 0.5));
        assertThat(branches(league, "le1", 100, 16)).containsOnlyKeys(Branch.LEAGUE_EXPLOITER_PFSP);
    }

    // ---- snapshot rules ----------------------------------------------------------------------------

    @Test
    void progress_winningBeforeMinSteps_noSnapshotUntilMinSteps() {
        League league = League.create(spec("alphastar", "snapshotMinSteps", 100L, "snapshotMaxSteps", 200L),
                ALPHASTAR_MEMBERS);
        league.record(result("main", "main@0")); // lowest win rate against all snapshots: 1 > 0.7
        SplittableRandom random = new SplittableRandom(17);

        Optional<Checkpoint> early = league.progress("main", 1, 99, random);
        Optional<Checkpoint> due = league.progress("main", 1, 100, random);

        assertThat(early).isEmpty();
        assertThat(due).hasValueSatisfying(checkpoint -> {
            assertThat(checkpoint.snapshot()).isEqualTo(new LeaguePlayer("main@1", "main", 1, Role.MAIN_AGENT, true));
            assertThat(checkpoint.resetToInitialWeights()).isFalse();
            assertThat(checkpoint.reason()).isEqualTo("lowest win rate 1.000 > 0.70 against 1 snapshots after 100 steps");
        });
        assertThat(league.player("main@1").snapshot()).isTrue();
    }

    @Test
    void progress_notWinningEnough_snapshotOnlyAfterMaxSteps() {
        League league = League.create(spec("alphastar", "snapshotMinSteps", 100L, "snapshotMaxSteps", 200L),
                ALPHASTAR_MEMBERS);
        SplittableRandom random = new SplittableRandom(18);

        assertThat(league.progress("main", 1, 150, random)).isEmpty();
        assertThat(league.progress("main", 1, 200, random)).isEmpty();
        assertThat(league.progress("main", 1, 201, random)).map(Checkpoint::reason)
                .contains("201 steps since the last snapshot > 200");
        assertThat(league.progress("main", 2, 250, random)).isEmpty(); // the count restarts at 201
        assertThat(league.progress("main", 2, 402, random)).map(c -> c.snapshot().id()).contains("main@2");
    }

    @Test
    void progress_mainExploiter_gatedByTheMainAgentsAndAlwaysResets() {
        League league = League.create(spec("alphastar", "snapshotMinSteps", 10L, "snapshotMaxSteps", 1000L),
                ALPHASTAR_MEMBERS);
        SplittableRandom random = new SplittableRandom(19);
        assertThat(league.progress("mx", 3, 10, random)).isEmpty(); // 0.5 against main
        league.record(result("mx", "main"));

        Optional<Checkpoint> checkpoint = league.progress("mx", 5, 11, random);

        assertThat(checkpoint).hasValueSatisfying(c -> {
            assertThat(c.snapshot().id()).isEqualTo("mx@5");
            assertThat(c.snapshot().role()).isEqualTo(Role.MAIN_EXPLOITER);
            assertThat(c.resetToInitialWeights()).isTrue();
            assertThat(c.reason()).isEqualTo("lowest win rate 1.000 > 0.70 against 1 main agents after 11 steps");
        });
    }

    @Test
    void progress_leagueExploiter_resetsWithItsProbabilityMainAgentNever() {
        League league = League.create(spec("alphastar", everyReport()), ALPHASTAR_MEMBERS);
        SplittableRandom random = new SplittableRandom(20);
        int resets = 0;
        int mainResets = 0;
        for (int report = 1; report <= 4000; report++) {
            resets += league.progress("le1", 1, report, random).orElseThrow().resetToInitialWeights() ? 1 : 0;
            mainResets += league.progress("main", 1, report, random).orElseThrow().resetToInitialWeights() ? 1 : 0;
        }

        assertThat(resets).isBetween(1000 - 100, 1000 + 100); // 0.25 * 4000, sd 27
        assertThat(mainResets).isZero();
        assertThat(league.snapshots()).extracting(LeaguePlayer::id).containsExactly("main@0", "le1@1", "main@1");
    }

    @Test
    void progress_stepsGoingBack_rejected() {
        League league = League.create(spec("uniform"), List.of("a", "b"));
        league.progress("a", 1, 50, new SplittableRandom(1));

        assertThatThrownBy(() -> league.progress("a", 2, 40, new SplittableRandom(1)))
                .hasMessage("league.progress: steps of 'a' must not decrease, was 40 after 50");
        assertThatThrownBy(() -> league.progress("a@0", 2, 60, new SplittableRandom(1)))
                .hasMessage("league has no player 'a@0' (neither a learner nor a snapshot)");
    }

    // ---- the other samplers ------------------------------------------------------------------------

    @Test
    void opponent_snapshotPool_latestWithItsRatioElseTheWindow() {
        League league = League.create(spec("snapshot-pool", everyReport("snapshotWindow", 2, "snapshotLatestRatio", 0.3)),
                List.of("a"));
        SplittableRandom random = new SplittableRandom(21);
        for (int version = 1; version <= 3; version++) {
            league.progress("a", version, version, random);
        }

        Map<String, Long> counts = opponents(league, "a", 30_000, 22);

        assertThat(league.snapshots()).extracting(LeaguePlayer::id).containsExactly("a@0", "a@1", "a@2", "a@3");
        assertFrequencies(counts, Map.of("a", 0.3, "a@0", 0.0, "a@1", 0.0, "a@2", 0.35, "a@3", 0.35));
    }

    @Test
    void opponent_uniform_evenOverTheOtherLearners() {
        League league = League.create(spec("uniform"), List.of("m0", "m1", "m2", "m3"));

        Map<String, Long> counts = opponents(league, "m1", 30_000, 23);

        assertFrequencies(counts, Map.of("m0", 1 / 3.0, "m1", 0.0, "m2", 1 / 3.0, "m3", 1 / 3.0));
        assertThat(league.snapshots()).isEmpty();
    }

    @Test
    void opponent_latestSelf_alwaysItself() {
        League league = League.create(spec("latest-self"), List.of("m0", "m1"));

        assertThat(opponents(league, "m1", 100, 24)).containsOnlyKeys("m1");
    }

    @Test
    void opponent_pfspSampler_followsTheConfiguredWeighting() {
        League league = League.create(spec("pfsp", "pfspWeighting", "variance"), List.of("a", "b", "c"));
        league.record(result("a", "a@0"));   // 1: variance 0
        league.record(draw("a", "b@0"));     // 0.5: 0.25
        league.record(result("c@0", "a"));
        league.record(result("a", "c@0"));   // 1 / 1.99: about 0.25

        Map<String, Long> counts = opponents(league, "a", 30_000, 25);

        double[] probabilities = PfspWeighting.VARIANCE.probabilities(new double[] {league.winRate("a", "a@0"),
            league.winRate("a", "b@0"), league.winRate("a", "c@0")});
        assertThat(probabilities[0]).isZero();
        assertFrequencies(counts, Map.of("a@0", probabilities[0], "b@0", probabilities[1], "c@0", probabilities[2]));
    }

    // ---- rounds and results ------------------------------------------------------------------------

    @Test
    void round_oneVsOne_everyLearnerPlaysOnceWithTheRightVersions() {
        League league = League.create(spec("alphastar"), ALPHASTAR_MEMBERS);
        SplittableRandom random = new SplittableRandom(26);
        league.progress("main", 7, 10, random);
        league.progress("le2", 4, 10, random);

        List<MatchSpec> matches = league.round(3, 2, random);

        assertThat(matches).extracting(MatchSpec::matchId).containsExactly(12L, 13L, 14L, 15L);
        for (int i = 0; i < matches.size(); i++) {
            MatchSpec match = matches.get(i);
            assertThat(match.round()).isEqualTo(3);
            assertThat(match.players()).hasSize(2).contains(ALPHASTAR_MEMBERS.get(i));
            for (int side = 0; side < 2; side++) {
                LeaguePlayer player = league.player(match.players()[side]);
                assertThat(match.versions()[side]).isEqualTo(player.version());
                assertThat(match.member(side)).isEqualTo(player.member());
                assertThat(match.snapshot(side)).isEqualTo(player.snapshot());
            }
        }
        assertThat(league.player("main").version()).isEqualTo(7);
    }

    @Test
    void round_sameSeed_sameMatches() {
        League first = League.create(spec("alphastar"), ALPHASTAR_MEMBERS);
        League second = League.create(spec("alphastar"), ALPHASTAR_MEMBERS);

        assertThat(first.round(0, 2, new SplittableRandom(27))).isEqualTo(second.round(0, 2, new SplittableRandom(27)));
        assertThat(first.round(0, 2, new SplittableRandom(27))).isNotEqualTo(first.round(0, 2, new SplittableRandom(28)));
    }

    @Test
    void round_freeForAll_fillsEverySeat() {
        League league = League.create(spec("uniform"), List.of("m0", "m1", "m2", "m3", "m4", "m5"));

        List<MatchSpec> matches = league.round(0, 4, new SplittableRandom(29));

        assertThat(matches).hasSize(6).allSatisfy(match -> assertThat(match.players()).hasSize(4));
        for (int i = 0; i < 6; i++) {
            assertThat(matches.get(i).players()).contains("m" + i);
        }
        assertThatThrownBy(() -> league.round(0, 1, new SplittableRandom(1)))
                .hasMessage("league.round: seats must be >= 2, was 1");
    }

    @Test
    void record_freeForAllAndSelfPlay_updatesDistinctPairsOnly() {
        League league = League.create(spec("uniform"), List.of("m0", "m1", "m2"));

        league.record(new MatchResult(0, new String[] {"m2", "m0", "m1"}, new long[3], new int[] {1, 2, 3}, 1));
        league.record(new MatchResult(1, new String[] {"m0", "m0"}, new long[2], new int[] {1, 2}, 1));

        assertThat(league.winRate("m2", "m0")).isEqualTo(1.0);
        assertThat(league.winRate("m0", "m1")).isEqualTo(1.0);
        assertThat(league.winRate("m1", "m2")).isEqualTo(0.0);
        assertThat(league.games("m0", "m0")).isZero();
        assertThatThrownBy(() -> league.record(result("m0", "stranger")))
                .hasMessage("league has no player 'stranger' (neither a learner nor a snapshot)");
    }
}
