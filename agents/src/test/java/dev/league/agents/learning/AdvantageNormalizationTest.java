package dev.league.agents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class AdvantageNormalizationTest {

    @Test
    void absentEntries_areLeftOutOfTheStatistics_butScaledLikeTheRest() {
        double[] advantages = {1, 3, 100, 5};
        double[] present = {1, 1, 0, 1};

        double[] out = AdvantageNormalization.normalized(advantages, present);

        // present entries 1, 3, 5: mean 3, population deviation sqrt(8/3)
        double deviation = Math.sqrt(8.0 / 3);
        assertThat(out[0]).isCloseTo(-2 / deviation, within(1e-6));
        assertThat(out[1]).isCloseTo(0, within(1e-6));
        assertThat(out[3]).isCloseTo(2 / deviation, within(1e-6));
        assertThat(out[2]).isCloseTo(97 / deviation, within(1e-6));
    }

    @Test
    void withoutPresence_everyEntryCounts() {
        double[] advantages = {1, 3, 100, 5};

        assertThat(AdvantageNormalization.normalized(advantages))
                .containsExactly(AdvantageNormalization.normalized(advantages, new double[] {1, 1, 1, 1}));
    }
}
