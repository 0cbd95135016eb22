package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.matchmaking.MatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class BradleyTerryTest {

    private static MatchResult game(long id, String winner, String loser) {
        return new MatchResult(id, new String[] {winner, loser}, new long[2], new int[] {1, 2}, 1);
    }

    private static MatchResult draw(long id, String a, String b) {
        return new MatchResult(id, new String[] {a, b}, new long[2], new int[] {1, 1}, 1);
    }

    /** OpenSpiel {@code elo_test.cc}: wins {{0, 2}, {1, 0}} gives r0 > r1 = 0. */
    @Test
    void fit_openSpielTwoPlayers_strongerAboveAndMinimumZero() {
        double[] ratings = BradleyTerry.DEFAULT.fit(new double[][] {{0, 2}, {1, 0}}, null);

        assertThat(ratings[1]).isZero();
        assertThat(ratings[0]).isPositive();
        // closed form with smoothing 0.01: gamma0 / gamma1 = 2.01 / 1.01
        assertThat(ratings[0]).isCloseTo(400 * Math.log10(2.01 / 1.01), within(1e-6));
    }

    /** OpenSpiel {@code elo_test.cc}, "Meeple Pentathlon": {{0,4,2},{1,0,2},{3,3,0}} gives r0 == r2 > r1 = 0. */
    @Test
    void fit_openSpielMeeplePentathlon_firstAndThirdEqualAboveSecond() {
        double[] ratings = BradleyTerry.DEFAULT.fit(new double[][] {{0, 4, 2}, {1, 0, 2}, {3, 3, 0}}, null);

        assertThat(ratings[1]).isZero();
        assertThat(ratings[0]).isPositive().isCloseTo(ratings[2], within(1e-6));
    }

    @Test
    void fit_converged_isTheMaximumLikelihoodPoint() {
        double[][] wins = {{0, 7, 3, 1}, {2, 0, 5, 4}, {6, 1, 0, 3}, {2, 3, 4, 0}};
        double[][] draws = {{0, 1, 0, 2}, {1, 0, 3, 0}, {0, 3, 0, 1}, {2, 0, 1, 0}};
        BradleyTerry fit = new BradleyTerry(0, 10_000, 1e-14);

        double[] ratings = fit.fit(wins, draws);

        // stationarity of the likelihood: every player's expected score equals its actual score
        for (int i = 0; i < 4; i++) {
            double actual = 0;
            double expected = 0;
            for (int j = 0; j < 4; j++) {
                if (j != i) {
                    double games = wins[i][j] + wins[j][i] + draws[i][j];
                    actual += wins[i][j] + 0.5 * draws[i][j];
                    expected += games * Elo.expectedScore(ratings[i], ratings[j]);
                }
            }
            assertThat(expected).as("player %d", i).isCloseTo(actual, within(1e-6));
        }
    }

    @Test
    void fit_matchLog_anchorsTheReferenceAndMatchesTheMatrixFit() {
        List<MatchResult> log = List.of(game(0, "a", "b"), game(1, "a", "b"), game(2, "b", "a"), draw(3, "b", "c"),
                game(4, "c", "a"));

        Map<String, Double> ratings = BradleyTerry.DEFAULT.fit(log, "b", 1000);
        double[] matrix = BradleyTerry.DEFAULT.fit(new double[][] {{0, 2, 0}, {1, 0, 0}, {1, 0, 0}},
                new double[][] {{0, 0, 0}, {0, 0, 1}, {0, 1, 0}});

        assertThat(ratings.get("b")).isEqualTo(1000.0);
        assertThat(ratings.get("a") - ratings.get("b")).isCloseTo(matrix[0] - matrix[1], within(1e-6));
        assertThat(ratings.get("c") - ratings.get("b")).isCloseTo(matrix[2] - matrix[1], within(1e-6));
        assertThat(ratings.keySet()).first().isEqualTo(matrix[0] > matrix[2] ? "a" : "c");
    }

    /** 4 players 100 Elo apart, 600 games per pair: the fit recovers them within ~2 bootstrap standard errors. */
    @Test
    void fit_withBootstrap_intervalsCoverTheTrueRatings() {
        double[] truth = {0, 100, 200, 300};
        SplittableRandom random = new SplittableRandom(11);
        List<MatchResult> log = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                for (int game = 0; game < 600; game++) {
                    boolean iWins = random.nextDouble() < Elo.expectedScore(truth[i], truth[j]);
                    log.add(iWins ? game(log.size(), "p" + i, "p" + j) : game(log.size(), "p" + j, "p" + i));
                }
            }
        }

        List<RatingInterval> intervals = BradleyTerry.DEFAULT.fit(log, "p0", 0, 200, 0.95, new SplittableRandom(5));

        assertThat(intervals).extracting(RatingInterval::player).containsExactly("p3", "p2", "p1", "p0");
        assertThat(intervals.get(3)).isEqualTo(new RatingInterval("p0", 0, 0, 0));
        for (RatingInterval interval : intervals.subList(0, 3)) {
            int player = interval.player().charAt(1) - '0';
            double width = interval.upper() - interval.lower(); // about 3.9 standard errors
            assertThat(interval.lower()).isLessThan(interval.rating());
            assertThat(interval.upper()).isGreaterThan(interval.rating());
            assertThat(width).isBetween(20.0, 120.0);
            assertThat(Math.abs(interval.rating() - truth[player])).isLessThan(width);
        }
    }

    @Test
    void fit_withBootstrap_sameSeedSameIntervalsAndMoreDataNarrower() {
        List<MatchResult> small = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            small.add(i % 3 == 0 ? game(i, "b", "a") : game(i, "a", "b"));
        }
        List<MatchResult> large = new ArrayList<>();
        for (int copy = 0; copy < 16; copy++) {
            large.addAll(small);
        }

        List<RatingInterval> first = BradleyTerry.DEFAULT.fit(small, "b", 0, 300, 0.9, new SplittableRandom(1));
        List<RatingInterval> again = BradleyTerry.DEFAULT.fit(small, "b", 0, 300, 0.9, new SplittableRandom(1));
        List<RatingInterval> more = BradleyTerry.DEFAULT.fit(large, "b", 0, 300, 0.9, new SplittableRandom(1));

        assertThat(again).isEqualTo(first);
        double smallWidth = first.get(0).upper() - first.get(0).lower();
        double largeWidth = more.get(0).upper() - more.get(0).lower();
        assertThat(largeWidth / smallWidth).isBetween(0.15, 0.35); // 16x the data: about 1/4 the width
    }

    @Test
    void fit_unknownReference_namesIt() {
        assertThatThrownBy(() -> BradleyTerry.DEFAULT.fit(List.of(game(0, "a", "b")), "z", 0))
                .hasMessage("bradleyTerry: reference player 'z' is not in the match log");
        assertThatThrownBy(() -> new BradleyTerry(-1, 10, 1e-9)).hasMessage("bradleyTerry.smoothing must be >= 0, was -1.0");
    }
}
