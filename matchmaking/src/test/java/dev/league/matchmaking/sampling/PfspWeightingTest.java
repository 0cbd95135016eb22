package dev.league.matchmaking.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.matchmaking.ChiSquare;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class PfspWeightingTest {

    private static final double[] WIN_RATES = {0.05, 0.2, 0.4, 0.5, 0.6, 0.8, 0.95};

    @Test
    void weight_pseudocodeFormulas() {
        assertThat(PfspWeighting.SQUARED.weight(0.3)).isCloseTo(0.49, within(1e-12));
        assertThat(PfspWeighting.VARIANCE.weight(0.3)).isCloseTo(0.21, within(1e-12));
        assertThat(PfspWeighting.LINEAR.weight(0.3)).isCloseTo(0.7, within(1e-12));
        assertThat(PfspWeighting.LINEAR_CAPPED.weight(0.3)).isEqualTo(0.5);
        assertThat(PfspWeighting.LINEAR_CAPPED.weight(0.8)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void probabilities_allWeightsZero_uniform() {
        assertThat(PfspWeighting.SQUARED.probabilities(new double[] {1, 1, 1, 1})).containsOnly(0.25);
        assertThat(PfspWeighting.VARIANCE.probabilities(new double[] {0, 1})).containsExactly(0.5, 0.5);
    }

    /** 200,000 draws, fixed seed: the frequencies fit the weights at the 0.1 % level, and would reject uniform. */
    @ParameterizedTest
    @EnumSource(PfspWeighting.class)
    void sample_frequencies_matchTheirWeights(PfspWeighting weighting) {
        double[] probabilities = weighting.probabilities(WIN_RATES);
        long[] counts = new long[WIN_RATES.length];
        SplittableRandom random = new SplittableRandom(42);
        for (int draw = 0; draw < 200_000; draw++) {
            counts[weighting.sample(WIN_RATES, WIN_RATES.length, random)]++;
        }

        double[] uniform = new double[WIN_RATES.length];
        java.util.Arrays.fill(uniform, 1.0 / WIN_RATES.length);
        assertThat(ChiSquare.statistic(counts, probabilities)).isLessThan(ChiSquare.critical(probabilities));
        assertThat(ChiSquare.statistic(counts, uniform)).isGreaterThan(100 * ChiSquare.critical(uniform));
    }

    @Test
    void sample_zeroWeightCandidate_neverDrawn() {
        double[] winRates = {1.0, 0.5, 1.0};
        SplittableRandom random = new SplittableRandom(1);
        for (int draw = 0; draw < 10_000; draw++) {
            assertThat(PfspWeighting.SQUARED.sample(winRates, 3, random)).isEqualTo(1);
        }
    }

    @Test
    void sample_countBelowArrayLength_onlyFirstCountCandidates() {
        double[] winRates = {0.5, 0.5, 0.0, 0.0};
        SplittableRandom random = new SplittableRandom(2);
        for (int draw = 0; draw < 1000; draw++) {
            assertThat(PfspWeighting.LINEAR.sample(winRates, 2, random)).isBetween(0, 1);
        }
    }

    @Test
    void fromName_unknown_listsTheNames() {
        assertThat(PfspWeighting.fromName("linear-capped")).isEqualTo(PfspWeighting.LINEAR_CAPPED);
        assertThatThrownBy(() -> PfspWeighting.fromName("foo"))
                .hasMessage("PFSP weighting must be one of [squared, variance, linear, linear-capped], was 'foo'");
    }
}
