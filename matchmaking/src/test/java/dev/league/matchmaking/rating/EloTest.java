package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.matchmaking.MatchResult;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class EloTest {

    @Test
    void expectedScore_equalRatings_isHalf() {
        assertThat(Elo.expectedScore(1500, 1500)).isEqualTo(0.5);
    }

    @Test
    void expectedScore_400PointsApart_isTenToOne() {
        assertThat(Elo.expectedScore(1800, 1400)).isCloseTo(10.0 / 11.0, within(1e-12));
    }

    @Test
    void updated_winAgainstEqual_gainsHalfK() {
        assertThat(new Elo(32, 1200).updated(1200, 1200, 1.0)).isEqualTo(1216.0);
    }

    @Test
    void apply_oneVsOne_conservesRatingSum() {
        Elo elo = new Elo(24, 1000);
        Map<String, Double> ratings = new HashMap<>(Map.of("a", 1100.0, "b", 950.0));

        double[] delta = elo.apply(ratings, new MatchResult(1, new String[] {"a", "b"}, new long[] {0, 0}, new int[] {2, 1}, 10));

        assertThat(delta[0] + delta[1]).isCloseTo(0.0, within(1e-12));
        assertThat(ratings.get("a") + ratings.get("b")).isCloseTo(2050.0, within(1e-9));
        assertThat(ratings.get("b")).isGreaterThan(950.0);
    }

    @Test
    void apply_draw_movesTowardEachOther() {
        Elo elo = Elo.DEFAULT;
        Map<String, Double> ratings = new HashMap<>(Map.of("strong", 1400.0));

        elo.apply(ratings, new MatchResult(1, new String[] {"strong", "new"}, new long[] {0, 0}, new int[] {1, 1}, 10));

        assertThat(ratings.get("strong")).isLessThan(1400.0);
        assertThat(ratings.get("new")).isGreaterThan(1200.0);
    }

    @Test
    void constructor_badK_namesFieldValueAndRule() {
        assertThatThrownBy(() -> new Elo(-1, 1200)).hasMessage("elo.k must be > 0, was -1.0");
    }

    /**
     * The worked example of Wikipedia's "Elo rating system" (FIDE rating-period form): a 1613 player
     * scores 2.5 against 1609 (L), 1477 (D), 1388 (W), 1586 (W), 1720 (L); E = 2.867, K = 32 gives 1601.
     */
    @Test
    void updated_ratingPeriodWikipediaExample_gives1601() {
        double[] opponents = {1609, 1477, 1388, 1586, 1720};
        double[] scores = {0, 0.5, 1, 1, 0};

        double expected = 0;
        for (double opponent : opponents) {
            expected += Elo.expectedScore(1613, opponent);
        }
        double rating = new Elo(32, 1500).updated(1613, opponents, scores);

        assertThat(expected).isCloseTo(2.867, within(0.0005));
        assertThat(rating).isCloseTo(1601.27, within(0.005));
        assertThat(Math.round(rating)).isEqualTo(1601);
    }

    @Test
    void apply_manyRandomOneVsOneMatches_conservesRatingSum() {
        Elo elo = new Elo(40, 1000);
        Map<String, Double> ratings = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int match = 0; match < 5000; match++) {
            int a = random.nextInt(10);
            int b = (a + 1 + random.nextInt(9)) % 10;
            int outcome = random.nextInt(3);
            int[] ranks = outcome == 0 ? new int[] {1, 2} : outcome == 1 ? new int[] {2, 1} : new int[] {1, 1};
            elo.apply(ratings, new MatchResult(match, new String[] {"p" + a, "p" + b}, new long[2], ranks, 1));
        }

        double sum = ratings.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(ratings).hasSize(10);
        assertThat(sum).isCloseTo(10 * 1000.0, within(1e-6));
        assertThat(ratings.values()).anySatisfy(rating -> assertThat(rating).isNotCloseTo(1000.0, within(20.0)));
    }

    @Test
    void apply_freeForAll_conservesSumAndOrdersByRank() {
        Map<String, Double> ratings = new HashMap<>();
        String[] players = {"a", "b", "c", "d"};

        double[] delta = Elo.DEFAULT.apply(ratings, new MatchResult(1, players, new long[4], new int[] {1, 2, 2, 4}, 1));

        assertThat(delta[0] + delta[1] + delta[2] + delta[3]).isCloseTo(0.0, within(1e-12));
        assertThat(delta[0]).isCloseTo(32 * 1.5 / 3, within(1e-12)); // 3 wins of expected score 0.5, scaled by 1/(T-1)
        assertThat(delta[1]).isEqualTo(delta[2]).isZero();
        assertThat(delta[3]).isCloseTo(-16, within(1e-12));
    }

    @Test
    void apply_anchoredBaseline_keepsItsRatingAndRatesTheOpponentAgainstIt() {
        Elo elo = new Elo(32, 1200).withAnchors(Map.of("scripted", 1000.0));
        Map<String, Double> ratings = new HashMap<>(Map.of("scripted", 1234.0)); // a stale table entry is ignored

        double[] delta = elo.apply(ratings, new MatchResult(1, new String[] {"scripted", "m0"}, new long[2],
                new int[] {2, 1}, 1));

        assertThat(delta[0]).isZero();
        assertThat(ratings.get("scripted")).isEqualTo(1000.0);
        assertThat(ratings.get("m0")).isCloseTo(Elo.DEFAULT.updated(1200, 1000, 1.0), within(1e-12));
    }

    @Test
    void apply_selfPlay_changesNothing() {
        Map<String, Double> ratings = new HashMap<>(Map.of("m0", 1300.0));

        double[] delta = Elo.DEFAULT.apply(ratings, new MatchResult(1, new String[] {"m0", "m0"}, new long[2],
                new int[] {1, 2}, 1));

        assertThat(delta).containsExactly(0.0, 0.0);
        assertThat(ratings.get("m0")).isEqualTo(1300.0);
    }

    @Test
    void update_arrayFastPath_equalsMapPath() {
        Elo elo = new Elo(20, 1500);
        double[] dense = new double[6];
        java.util.Arrays.fill(dense, 1500);
        Map<String, Double> table = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int match = 0; match < 500; match++) {
            int a = random.nextInt(6);
            int b = (a + 1 + random.nextInt(5)) % 6;
            boolean aWins = random.nextBoolean();
            elo.update(dense, a, b, aWins ? 1.0 : 0.0);
            elo.apply(table, new MatchResult(match, new String[] {"p" + a, "p" + b}, new long[2],
                    aWins ? new int[] {1, 2} : new int[] {2, 1}, 1));
        }
        for (int i = 0; i < 6; i++) {
            assertThat(dense[i]).isCloseTo(table.getOrDefault("p" + i, 1500.0), within(1e-9));
        }
    }

    @Test
    void constructor_nonFiniteAnchor_namesPlayerValueAndRule() {
        assertThatThrownBy(() -> Elo.DEFAULT.withAnchors(Map.of("scripted", Double.NaN)))
                .hasMessage("elo.anchors['scripted'] must be finite, was NaN");
    }
}
