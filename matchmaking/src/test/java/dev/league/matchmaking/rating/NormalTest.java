package dev.league.matchmaking.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class NormalTest {

    @Test
    void cdf_knownValues_matchTables() {
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-15));
        assertThat(Normal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
        assertThat(Normal.cdf(-6)).isCloseTo(9.865876450376982e-10, within(1e-22));
    }

    @Test
    void erfc_bothSidesOfTheSeriesSwitch_matchTables() {
        assertThat(Normal.erfc(0.5)).isCloseTo(0.4795001221869535, within(1e-15));
        assertThat(Normal.erfc(2.9)).isCloseTo(4.109787809945886e-05, within(1e-15)); // 1 - erf: absolute accuracy
        assertThat(Normal.erfc(3.5)).isCloseTo(7.430983723414128e-07, within(1e-19));
    }

    @Test
    void ppf_invertsCdf() {
        assertThat(Normal.ppf(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Normal.ppf(0.55)).isCloseTo(0.12566134685507402, within(1e-12));
        for (double p : new double[] {1e-9, 0.01, 0.3, 0.5, 0.9, 0.999999}) {
            assertThat(Normal.cdf(Normal.ppf(p))).isCloseTo(p, within(1e-12 * Math.max(p, 1e-3)));
        }
    }
}
