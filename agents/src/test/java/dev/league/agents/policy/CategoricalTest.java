package dev.league.agents.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class CategoricalTest {

    private static final double NONE = Double.NEGATIVE_INFINITY;

    @Test
    void sample_followsTheProbabilities_andNeverPicksAnUnavailableAction() {
        // offset 1: the distribution is [0.2, unavailable, 0.8]
        double[] log = {0.0, Math.log(0.2), NONE, Math.log(0.8)};
        SplittableRandom random = new SplittableRandom(3);
        int[] counts = new int[3];
        for (int i = 0; i < 20_000; i++) {
            counts[Categorical.sample(log, 1, 3, random)]++;
        }
        assertThat(counts[1]).isZero();
        assertThat(counts[2] / 20_000.0).isCloseTo(0.8, within(0.015));
    }

    @Test
    void mostProbable_isTheLargestAvailable() {
        assertThat(Categorical.mostProbable(new double[] {NONE, Math.log(0.3), Math.log(0.7)}, 0, 3)).isEqualTo(2);
        assertThat(Categorical.mostProbable(new double[] {Math.log(0.9), NONE, Math.log(0.1)}, 1, 2)).isEqualTo(1);
        assertThatThrownBy(() -> Categorical.mostProbable(new double[] {NONE, NONE}, 0, 2)).hasMessageContaining("no available action");
        assertThatThrownBy(() -> Categorical.sample(new double[] {NONE}, 0, 1, new SplittableRandom(1)))
                .hasMessageContaining("no available action");
    }
}
