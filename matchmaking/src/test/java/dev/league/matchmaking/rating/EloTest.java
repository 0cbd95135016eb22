package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.matchmaking.MatchResult;
import java.util.HashMap;
import java.util.Map;
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
}
