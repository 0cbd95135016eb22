package dev.league.agents.critic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class RandomFeatureAttentionTest {

    private static final int AGENTS = 6;
    private static final int SIZE = 16;

    private static double[] gaussian(SplittableRandom random, int length, double scale) {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextGaussian() * scale;
        }
        return x;
    }

    /** Mean over seeds of the relative L2 error of FAVOR+ attention against exact softmax attention. */
    private static double favorError(int features) {
        double total = 0;
        int trials = 8;
        for (int trial = 0; trial < trials; trial++) {
            SplittableRandom data = new SplittableRandom(100 + trial);
            double[] q = gaussian(data, AGENTS * SIZE, 0.6);
            double[] k = gaussian(data, AGENTS * SIZE, 0.6);
            double[] v = gaussian(data, AGENTS * SIZE, 1);
            double[] exact = new double[AGENTS * SIZE];
            double[] approximate = new double[AGENTS * SIZE];
            new SoftmaxAttention(1, SIZE).worker(AGENTS).forward(q, k, v, exact, null, 0);
            AttentionSpec.favorPlus(features, 7 + trial).kernel(1, SIZE).worker(AGENTS).forward(q, k, v, approximate, null, 0);
            double error = 0;
            double norm = 0;
            for (int c = 0; c < exact.length; c++) {
                error += (exact[c] - approximate[c]) * (exact[c] - approximate[c]);
                norm += exact[c] * exact[c];
            }
            total += Math.sqrt(error / norm);
        }
        return total / trials;
    }

    @Test
    void favorPlus_errorAgainstExactSoftmax_fallsAsFeaturesGrow() {
        double few = favorError(8);
        double some = favorError(64);
        double many = favorError(1024);

        assertThat(some).isLessThan(few);
        assertThat(many).isLessThan(some * 0.5);
        // measured here: 0.45, 0.26, 0.089 (and 0.047 at m = 4096): the Monte Carlo rate ~ m^(-1/2)
        assertThat(many).isLessThan(0.12);
    }

    private static double[] unit(double[] x, double norm) {
        double length = 0;
        for (double value : x) {
            length += value * value;
        }
        length = Math.sqrt(length);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / length * norm;
        }
        return y;
    }

    /** [mean, standard deviation] of the hybrid estimate of exp(x·y) over independent feature draws. */
    private static double[] hybridMoments(double[] x, double[] y) {
        int draws = 300;
        double[] estimates = new double[draws];
        double sum = 0;
        for (int draw = 0; draw < draws; draw++) {
            HybridFeatures features = new HybridFeatures(SIZE, 8, 8, 1.5, new SplittableRandom(1000 + draw));
            estimates[draw] = features.estimate(x, y);
            sum += estimates[draw];
        }
        double mean = sum / draws;
        double squares = 0;
        for (double estimate : estimates) {
            squares += (estimate - mean) * (estimate - mean);
        }
        return new double[] {mean, Math.sqrt(squares / draws)};
    }

    @Test
    void hybrid_hasZeroVarianceAtAngleZeroAndPi_butNotInBetween() {
        double tau = 1.5;
        SplittableRandom random = new SplittableRandom(3);
        double[] x = unit(gaussian(random, SIZE, 1), tau);
        double[] minusX = new double[SIZE];
        for (int c = 0; c < SIZE; c++) {
            minusX[c] = -x[c];
        }
        // y orthogonal to x with the same norm
        double[] g = gaussian(random, SIZE, 1);
        double dot = 0;
        for (int c = 0; c < SIZE; c++) {
            dot += g[c] * x[c] / (tau * tau);
        }
        for (int c = 0; c < SIZE; c++) {
            g[c] -= dot * x[c];
        }
        double[] orthogonal = unit(g, tau);

        double[] same = hybridMoments(x, x);
        double[] opposite = hybridMoments(x, minusX);
        double[] right = hybridMoments(x, orthogonal);

        assertThat(same[0]).isCloseTo(Math.exp(tau * tau), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(same[1]).isLessThan(1e-9);
        assertThat(opposite[0]).isCloseTo(Math.exp(-tau * tau), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(opposite[1]).isLessThan(1e-9);
        assertThat(right[1]).isGreaterThan(1e-2);
        // unbiased in between: exp(x·y) = 1 at θ = π/2, within 4 standard errors
        assertThat(Math.abs(right[0] - 1)).isLessThan(4 * right[1] / Math.sqrt(300));
    }
}
