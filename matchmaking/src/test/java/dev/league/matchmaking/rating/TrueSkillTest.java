package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Published vectors of sublee/trueskill {@code trueskilltest.py} (printed to 3 decimals; tolerance
 * 1e-3 = rounding plus the reference's erfc approximation) and the Microsoft Research example.
 */
final class TrueSkillTest {

    private static final Offset<Double> PUBLISHED = within(1e-3);
    private static final TrueSkill ENV = TrueSkill.DEFAULT;

    private static TrueSkillRating[][] teams(int... sizes) {
        TrueSkillRating[][] teams = new TrueSkillRating[sizes.length][];
        for (int t = 0; t < sizes.length; t++) {
            teams[t] = new TrueSkillRating[sizes[t]];
            for (int p = 0; p < sizes[t]; p++) {
                teams[t][p] = ENV.initial();
            }
        }
        return teams;
    }

    private static TrueSkillRating r(double mean, double deviation) {
        return new TrueSkillRating(mean, deviation);
    }

    /** Asserts the flattened ratings equal {mu, sigma} pairs. */
    private static void assertRatings(TrueSkillRating[][] rated, double... expected) {
        int k = 0;
        for (TrueSkillRating[] team : rated) {
            for (TrueSkillRating rating : team) {
                assertThat(rating.mean()).as("mu of player %d", k / 2).isCloseTo(expected[k++], PUBLISHED);
                assertThat(rating.deviation()).as("sigma of player %d", k / 2).isCloseTo(expected[k++], PUBLISHED);
            }
        }
        assertThat(k).isEqualTo(expected.length);
    }

    @Test
    void rate_oneVsOneWin_matchesPublished() {
        assertRatings(ENV.rate(teams(1, 1), new int[] {1, 2}), 29.396, 7.171, 20.604, 7.171);
        assertThat(ENV.quality(teams(1, 1))).isCloseTo(0.447, PUBLISHED);
    }

    @Test
    void rate_oneVsOneDraw_matchesPublished() {
        assertRatings(ENV.rate(teams(1, 1), new int[] {1, 1}), 25.000, 6.458, 25.000, 6.458);
    }

    @Test
    void rate_twoVsTwo_matchesPublished() {
        assertRatings(ENV.rate(teams(2, 2), new int[] {1, 2}), 28.108, 7.774, 28.108, 7.774, 21.892, 7.774, 21.892, 7.774);
        assertRatings(ENV.rate(teams(2, 2), new int[] {1, 1}), 25.000, 7.455, 25.000, 7.455, 25.000, 7.455, 25.000, 7.455);
        assertThat(ENV.quality(teams(2, 2))).isCloseTo(0.447, PUBLISHED);
    }

    @Test
    void rate_fourVsFour_matchesPublished() {
        assertRatings(ENV.rate(teams(4, 4), new int[] {1, 2}), 27.198, 8.059, 27.198, 8.059, 27.198, 8.059, 27.198, 8.059,
                22.802, 8.059, 22.802, 8.059, 22.802, 8.059, 22.802, 8.059);
    }

    @Test
    void rate_oneVsTwo_matchesPublished() {
        assertRatings(ENV.rate(teams(1, 2), new int[] {1, 2}), 33.730, 7.317, 16.270, 7.317, 16.270, 7.317);
        assertRatings(ENV.rate(teams(1, 2), new int[] {1, 1}), 31.660, 7.138, 18.340, 7.138, 18.340, 7.138);
        assertThat(ENV.quality(teams(1, 2))).isCloseTo(0.135, PUBLISHED);
    }

    @Test
    void rate_threePlayerFreeForAll_matchesPublished() {
        TrueSkillRating[] players = {ENV.initial(), ENV.initial(), ENV.initial()};

        TrueSkillRating[] rated = ENV.rate(players, new int[] {1, 2, 3});

        assertRatings(new TrueSkillRating[][] {rated}, 31.675, 6.656, 25.000, 6.208, 18.325, 6.656);
        assertThat(ENV.quality(players)).isCloseTo(0.200, PUBLISHED);
        assertRatings(new TrueSkillRating[][] {ENV.rate(players, new int[] {1, 1, 1})},
                25.000, 5.698, 25.000, 5.695, 25.000, 5.698);
    }

    @Test
    void rate_unsortedRanks_sameAsSorted() {
        assertRatings(ENV.rate(teams(1, 1, 1), new int[] {3, 2, 1}), 18.325, 6.656, 25.000, 6.208, 31.675, 6.656);
    }

    @Test
    void rate_fourAndFivePlayerFreeForAll_matchesPublished() {
        assertRatings(ENV.rate(teams(1, 1, 1, 1), new int[] {1, 2, 3, 4}),
                33.207, 6.348, 27.401, 5.787, 22.599, 5.787, 16.793, 6.348);
        assertThat(ENV.quality(teams(1, 1, 1, 1))).isCloseTo(0.089, PUBLISHED);
        assertRatings(ENV.rate(teams(1, 1, 1, 1, 1), new int[] {1, 2, 3, 4, 5}),
                34.363, 6.136, 29.058, 5.536, 25.000, 5.420, 20.942, 5.536, 15.637, 6.136);
    }

    @Test
    void rate_eightPlayerDraw_matchesPublished() {
        assertRatings(ENV.rate(teams(1, 1, 1, 1, 1, 1, 1, 1), new int[8]),
                25.000, 4.592, 25.000, 4.583, 25.000, 4.576, 25.000, 4.573,
                25.000, 4.573, 25.000, 4.576, 25.000, 4.583, 25.000, 4.592);
    }

    /** research.microsoft.com/en-us/projects/trueskill/details.aspx: eight players, Alice first to Hillary last. */
    @Test
    void rate_microsoftResearchEightPlayerExample_matchesPublished() {
        assertRatings(ENV.rate(teams(1, 1, 1, 1, 1, 1, 1, 1), new int[] {1, 2, 3, 4, 5, 6, 7, 8}),
                36.771, 5.749, 32.242, 5.133, 29.074, 4.943, 26.322, 4.874,
                23.678, 4.874, 20.926, 4.943, 17.758, 5.133, 13.229, 5.749);
    }

    @Test
    void rate_sixteenPlayerFreeForAll_matchesPublished() {
        int[] ranks = new int[16];
        int[] sizes = new int[16];
        for (int i = 0; i < 16; i++) {
            ranks[i] = i + 1;
            sizes[i] = 1;
        }
        assertRatings(ENV.rate(teams(sizes), ranks),
                40.539, 5.276, 36.810, 4.711, 34.347, 4.524, 32.336, 4.433, 30.550, 4.380, 28.893, 4.349,
                27.310, 4.330, 25.766, 4.322, 24.234, 4.322, 22.690, 4.330, 21.107, 4.349, 19.450, 4.380,
                17.664, 4.433, 15.653, 4.524, 13.190, 4.711, 9.461, 5.276);
    }

    @Test
    void rate_upsetDraw_matchesPublished() {
        TrueSkillRating[][] teams = {{ENV.initial()}, {r(50, 12.5)}};

        assertRatings(ENV.rate(teams, new int[] {1, 1}), 31.662, 7.137, 35.010, 7.910);
        assertThat(ENV.quality(teams)).isCloseTo(0.110, PUBLISHED);
    }

    @Test
    void rate_upsetTeams_matchesPublished() {
        TrueSkillRating[][] twoVsTwo = {{r(20, 8), r(25, 6)}, {r(35, 7), r(40, 5)}};
        assertRatings(ENV.rate(twoVsTwo, new int[] {1, 2}), 29.698, 7.008, 30.455, 5.594, 27.575, 6.346, 36.211, 4.768);
        assertThat(ENV.quality(twoVsTwo)).isCloseTo(0.084, PUBLISHED);

        TrueSkillRating[][] threeVsTwo = {{r(28, 7), r(27, 6), r(26, 5)}, {r(30, 4), r(31, 3)}};
        assertRatings(ENV.rate(threeVsTwo, new int[] {1, 2}),
                28.658, 6.770, 27.484, 5.856, 26.336, 4.917, 29.785, 3.958, 30.879, 2.983);
        assertRatings(ENV.rate(threeVsTwo, new int[] {2, 1}),
                21.840, 6.314, 22.474, 5.575, 22.857, 4.757, 32.012, 3.877, 32.132, 2.949);
        assertThat(ENV.quality(threeVsTwo)).isCloseTo(0.254, PUBLISHED);
    }

    @Test
    void rate_upsetEightPlayerFreeForAll_matchesPublished() {
        TrueSkillRating[][] players = {{r(10, 8)}, {r(15, 7)}, {r(20, 6)}, {r(25, 5)}, {r(30, 4)}, {r(35, 3)}, {r(40, 2)},
            {r(45, 1)}};

        assertRatings(ENV.rate(players, new int[] {1, 2, 3, 4, 5, 6, 7, 8}),
                35.135, 4.506, 32.585, 4.037, 31.329, 3.756, 30.984, 3.453,
                31.751, 3.064, 34.051, 2.541, 38.263, 1.849, 44.118, 0.983);
        assertThat(ENV.quality(players)).isCloseTo(0.000, PUBLISHED);
    }

    @Test
    void rate_threeTeamsWithTiedRanks_matchesPublished() {
        TrueSkillRating[][] teams = {{r(40, 4), r(45, 3)}, {r(20, 7), r(19, 6), r(30, 9), r(10, 4)}, {r(50, 5), r(30, 2)}};

        assertRatings(ENV.rate(teams, new int[] {1, 2, 2}),
                40.877, 3.840, 45.493, 2.934, 19.609, 6.396, 18.712, 5.625,
                29.353, 7.673, 9.872, 3.891, 48.830, 4.590, 29.813, 1.976);
        assertThat(ENV.quality(teams)).isCloseTo(0.367, PUBLISHED);
        assertThat(ENV.quality(teams(1, 2, 1))).isCloseTo(0.047, PUBLISHED);
    }

    @Test
    void rate_customDrawProbability_matchesPublished() {
        TrueSkill env = ENV.withDrawProbability(0.5);

        TrueSkillRating[] rated = env.rate(new TrueSkillRating[] {env.initial(), env.initial()}, new int[] {1, 2});

        assertRatings(new TrueSkillRating[][] {rated}, 30.267, 7.077, 19.733, 7.077);
    }

    @Test
    void conservative_newPlayer_isZero() {
        assertThat(ENV.initial().conservative()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void rate_badInput_namesTheProblem() {
        assertThatThrownBy(() -> ENV.rate(teams(1, 1), new int[] {1}))
                .hasMessage("trueskill: ranks must have one entry per team (2), had 1");
        assertThatThrownBy(() -> ENV.rate(new TrueSkillRating[][] {{ENV.initial()}}, new int[] {1}))
                .hasMessage("trueskill: a match needs at least 2 teams, had 1");
        assertThatThrownBy(() -> ENV.withDrawProbability(0))
                .hasMessage("trueskill.drawProbability must be in (0, 1), was 0.0");
    }
}
