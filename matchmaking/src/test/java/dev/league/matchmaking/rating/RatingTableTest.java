package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchmakingSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RatingTableTest {

    private static MatchResult result(String[] players, int... ranks) {
        return new MatchResult(1, players, new long[players.length], ranks, 1);
    }

    private static MatchmakingSpec spec(String system, Map<String, Double> anchors) {
        return new MatchmakingSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, system, 24.0, 1000.0, anchors, null, null);
    }

    @Test
    void create_elo_usesKInitialRatingAndAnchors() {
        RatingTable table = RatingTable.create(spec("elo", Map.of("scripted", 800.0)));

        double[] after = table.apply(result(new String[] {"m0", "scripted"}, 2, 1));

        assertThat(after[1]).isEqualTo(800.0);
        assertThat(after[0]).isCloseTo(new Elo(24, 1000).updated(1000, 800, 0), within(1e-12));
        assertThat(table.rating("scripted")).isEqualTo(800.0);
        assertThat(table.rating("never-played")).isEqualTo(1000.0);
        assertThat(table.ratings()).containsOnlyKeys("m0", "scripted");
    }

    @Test
    void elo_sameMatchesAsMapPath_sameRatings() {
        RatingTable table = RatingTable.elo(Elo.DEFAULT);
        Map<String, Double> map = new java.util.HashMap<>();
        MatchResult[] results = {result(new String[] {"a", "b"}, 1, 2), result(new String[] {"b", "c", "a"}, 1, 1, 3),
            result(new String[] {"c", "a"}, 1, 1)};

        for (MatchResult result : results) {
            table.apply(result);
            Elo.DEFAULT.apply(map, result);
        }

        map.forEach((player, rating) -> assertThat(table.rating(player)).isCloseTo(rating, within(1e-9)));
    }

    @Test
    void create_trueSkill_displaysConservativeRating() {
        RatingTable table = RatingTable.create(spec("trueskill", null));

        double[] after = table.apply(result(new String[] {"a", "b"}, 1, 2));

        assertThat(after[0]).isCloseTo(29.396 - 3 * 7.171, within(0.005));
        assertThat(after[1]).isCloseTo(20.604 - 3 * 7.171, within(0.005));
        assertThat(table.rating("new")).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void create_glicko2_ratesEverySideAgainstTheOthers() {
        RatingTable table = RatingTable.create(spec("glicko2", null));

        double[] after = table.apply(result(new String[] {"a", "b", "c"}, 1, 2, 3));

        GlickoRating fresh = Glicko2.DEFAULT.initial();
        GlickoRating expected = Glicko2.DEFAULT.rate(fresh, new GlickoRating[] {fresh, fresh}, new double[] {1, 1});
        assertThat(after[0]).isCloseTo(expected.rating(), within(1e-9));
        assertThat(after[1]).isCloseTo(1500, within(1e-9));
        assertThat(after[2]).isCloseTo(3000 - expected.rating(), within(1e-9));
    }

    @Test
    void apply_selfPlay_leavesEveryTableUnchanged() {
        for (String system : MatchmakingSpec.RATING_SYSTEMS) {
            RatingTable table = RatingTable.create(spec(system, null));
            double before = table.rating("m0");

            double[] after = table.apply(result(new String[] {"m0", "m0"}, 1, 2));

            assertThat(after).as(system).containsExactly(before, before);
            assertThat(table.rating("m0")).as(system).isEqualTo(before);
        }
    }
}
