package dev.league.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Central finite differences in double precision against an analytic gradient (test support). */
public final class FiniteDifferences {

    public static final double STEP = 1e-6;

    private FiniteDifferences() {}

    /**
     * Checks every element of {@code analytic} (dL/d{@code values}, same shape) when there are at
     * most {@code samples} of them, else a seeded random subset: |analytic − numeric| ≤
     * tolerance · max(1, |analytic|, |numeric|).
     *
     * @return the number of elements checked
     */
    public static int check(INDArray values, INDArray analytic, DoubleSupplier loss, int samples, double tolerance, long seed) {
        INDArray flatValues = values.reshape(values.length());
        INDArray flatAnalytic = analytic.reshape(analytic.length());
        assertThat(flatValues.length()).isEqualTo(flatAnalytic.length());
        SplittableRandom random = new SplittableRandom(seed);
        long length = flatValues.length();
        int count = (int) Math.min(samples, length);
        double worst = 0;
        for (int s = 0; s < count; s++) {
            long i = length <= samples ? s : random.nextLong(length);
            double original = flatValues.getDouble(i);
            flatValues.putScalar(i, original + STEP);
            double plus = loss.getAsDouble();
            flatValues.putScalar(i, original - STEP);
            double minus = loss.getAsDouble();
            flatValues.putScalar(i, original);
            double numeric = (plus - minus) / (2 * STEP);
            double exact = flatAnalytic.getDouble(i);
            double error = Math.abs(exact - numeric) / Math.max(1.0, Math.max(Math.abs(exact), Math.abs(numeric)));
            worst = Math.max(worst, error);
            assertThat(error).as("element %s: analytic %s vs numeric %s", i, exact, numeric).isLessThanOrEqualTo(tolerance);
        }
        return count;
    }
}
