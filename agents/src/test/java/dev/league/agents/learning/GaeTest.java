package dev.league.agents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class GaeTest {

    private final double[] discounts = {0.9, 0.9, 0.0, 0.9};
    private final double[] rewards = {1, 0, 2, -1};
    private final double[] values = {0.5, 0.4, 0.3, 0.2};
    private final double[] bootstrap = {0.6};

    @Test
    void compute_lambdaZero_isOneStepTemporalDifference() {
        Gae.Returns returns = Gae.compute(discounts, rewards, values, bootstrap, 0);

        assertThat(returns.advantages()).containsExactly(new double[] {1 + 0.9 * 0.4 - 0.5, 0 + 0.9 * 0.3 - 0.4, 2 - 0.3,
                -1 + 0.9 * 0.6 - 0.2}, within(1e-12));
    }

    @Test
    void compute_lambdaOne_isDiscountedReturnMinusValue_cutAtEpisodeEnd() {
        Gae.Returns returns = Gae.compute(discounts, rewards, values, bootstrap, 1);

        double g2 = 2;
        double g1 = 0 + 0.9 * g2;
        double g0 = 1 + 0.9 * g1;
        double g3 = -1 + 0.9 * 0.6;
        assertThat(returns.valueTargets()).containsExactly(new double[] {g0, g1, g2, g3}, within(1e-12));
        assertThat(returns.advantages()[0]).isCloseTo(g0 - 0.5, within(1e-12));
    }

    @Test
    void compute_twoColumns_areIndependent() {
        // [T=2, B=2]: column 0 = (1, 2), column 1 = (10, 20)
        Gae.Returns returns = Gae.compute(new double[] {0.5, 0.5, 0.5, 0.5}, new double[] {1, 10, 2, 20}, new double[4],
                new double[] {0, 0}, 1);

        assertThat(returns.valueTargets()).containsExactly(new double[] {2, 20, 2, 20}, within(1e-12));
    }

    @Test
    void compute_badLambda_isRejected() {
        assertThatThrownBy(() -> Gae.compute(discounts, rewards, values, bootstrap, 1.5))
                .hasMessageContaining("gae.lambda must be in [0, 1], was 1.5");
    }
}
