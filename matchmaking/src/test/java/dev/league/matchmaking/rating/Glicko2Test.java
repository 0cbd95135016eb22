package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class Glicko2Test {

    /** Glickman, "Example of the Glicko-2 system" (2013), section "Example calculation". */
    @Test
    void rate_glickmanExample_matchesThePaper() {
        GlickoRating player = new GlickoRating(1500, 200, 0.06);
        GlickoRating[] opponents = {new GlickoRating(1400, 30, 0.06), new GlickoRating(1550, 100, 0.06),
            new GlickoRating(1700, 300, 0.06)};

        GlickoRating rated = new Glicko2(0.5).rate(player, opponents, new double[] {1, 0, 0});

        // paper: r' = 1464.06, RD' = 151.52, sigma' = 0.05999; it rounds its intermediates (v = 1.7785,
        // delta = -0.4834), so unrounded arithmetic gives r' = 1464.0507, RD' = 151.5165, sigma' = 0.0599960
        assertThat(rated.rating()).isCloseTo(1464.06, within(0.01));
        assertThat(rated.deviation()).isCloseTo(151.52, within(0.01));
        assertThat(rated.volatility()).isCloseTo(0.05999, within(0.00001));
    }

    @Test
    void rate_noGames_onlyTheDeviationGrows() {
        GlickoRating player = new GlickoRating(1500, 200, 0.06);

        GlickoRating rated = Glicko2.DEFAULT.rate(player, new GlickoRating[0], new double[0]);

        // step 6 with no games: phi' = sqrt(phi^2 + sigma^2) on the Glicko-2 scale
        double phi = 200 / 173.7178;
        assertThat(rated.rating()).isEqualTo(1500);
        assertThat(rated.deviation()).isCloseTo(173.7178 * Math.sqrt(phi * phi + 0.06 * 0.06), within(1e-9));
        assertThat(rated.volatility()).isEqualTo(0.06);
    }

    @Test
    void rate_equalNewPlayers_movesThemSymmetrically() {
        Glicko2 glicko = Glicko2.DEFAULT;
        GlickoRating a = glicko.initial();
        GlickoRating b = glicko.initial();

        GlickoRating winner = glicko.rate(a, new GlickoRating[] {b}, new double[] {1});
        GlickoRating loser = glicko.rate(b, new GlickoRating[] {a}, new double[] {0});

        assertThat(winner.rating() - 1500).isPositive().isCloseTo(1500 - loser.rating(), within(1e-9));
        assertThat(winner.deviation()).isLessThan(350).isCloseTo(loser.deviation(), within(1e-9));
    }

    @Test
    void constructor_badTau_namesFieldValueAndRule() {
        assertThatThrownBy(() -> new Glicko2(0)).hasMessage("glicko2.tau must be > 0, was 0.0");
        assertThatThrownBy(() -> new GlickoRating(1500, -1, 0.06)).hasMessage("glicko2.deviation must be > 0, was -1.0");
    }
}
