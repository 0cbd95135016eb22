package dev.league.matchmaking.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.matchmaking.ChiSquare;
import dev.league.matchmaking.payoff.PayoffTable;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class OpponentSamplerTest {

    @Test
    void latestSelf_returnsThePlayer() {
        assertThat(OpponentSampler.latestSelf().sample("m0", List.of("m1", "m2"), new SplittableRandom(1))).isEqualTo("m0");
    }

    @Test
    void pfsp_overCandidateIds_followsPayoffWinRates() {
        PayoffTable payoff = PayoffTable.alphaStar();
        payoff.update(new String[] {"me", "weak"}, new int[] {1, 2});   // me beats weak: weight 0
        payoff.update(new String[] {"me", "even"}, new int[] {1, 1});   // draw: 0.25
        payoff.update(new String[] {"me", "strong"}, new int[] {2, 1}); // loses: 1
        OpponentSampler sampler = OpponentSampler.pfsp(payoff, PfspWeighting.SQUARED);
        List<String> candidates = List.of("me", "weak", "even", "strong", "unknown"); // unknown: 0.5 -> 0.25
        SplittableRandom random = new SplittableRandom(9);

        long[] counts = new long[4];
        for (int draw = 0; draw < 50_000; draw++) {
            counts[List.of("weak", "even", "strong", "unknown").indexOf(sampler.sample("me", candidates, random))]++;
        }

        double[] expected = {0, 0.25 / 1.5, 1 / 1.5, 0.25 / 1.5};
        assertThat(ChiSquare.statistic(counts, expected)).isLessThan(ChiSquare.critical(expected));
    }
}
