package dev.league.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Central-difference gradient check in double precision: for a few coordinates of every named
 * parameter, (L(θ + h e_k) − L(θ − h e_k)) / 2h against the analytic gradient, which must already
 * be in {@link ParameterSet#gradients()}.
 */
final class GradientCheck {

    /** Absolute difference that central differences with h = 1e-6 cannot resolve on O(1) losses. */
    static final double NOISE = 1e-9;

    private GradientCheck() {}

    /**
     * @param loss evaluates L at the current parameter values, without touching the gradients
     * @param perParameter coordinates checked per named parameter
     * @return the largest relative error seen
     */
    static double check(ParameterSet parameters, DoubleSupplier loss, int perParameter, double tolerance, long seed) {
        double[] analytic = parameters.gradients().dup().data().asDouble();
        SplittableRandom random = new SplittableRandom(seed);
        double step = 1e-6;
        double worst = 0;
        for (ParameterShape entry : parameters.manifest()) {
            long[] range = parameters.range(entry.name());
            int length = Math.toIntExact(range[1] - range[0]);
            for (int n = 0; n < Math.min(perParameter, length); n++) {
                long k = range[0] + random.nextInt(length);
                double original = parameters.values().getDouble(0, k);
                parameters.values().putScalar(0, k, original + step);
                double plus = loss.getAsDouble();
                parameters.values().putScalar(0, k, original - step);
                double minus = loss.getAsDouble();
                parameters.values().putScalar(0, k, original);
                double numeric = (plus - minus) / (2 * step);
                double difference = Math.abs(numeric - analytic[(int) k]);
                // relative error, except that differences below the finite-difference noise floor (≈ 1e-9) pass
                double error = difference <= NOISE ? 0 : difference / (Math.abs(numeric) + Math.abs(analytic[(int) k]));
                assertThat(error)
                        .as("%s[%s]: analytic %s vs numeric %s", entry.name(), k - range[0], analytic[(int) k], numeric)
                        .isLessThan(tolerance);
                worst = Math.max(worst, error);
            }
        }
        return worst;
    }
}
