package dev.league.matchmaking.rating;

/**
 * The standard normal distribution to double precision, for TrueSkill: erfc by its Taylor series
 * (|x| < 3) and its continued fraction (|x| >= 3) (Abramowitz and Stegun 7.1.6 and 7.1.14), the
 * quantile by Acklam's rational approximation refined with Halley steps.
 */
final class Normal {

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Normal() {}

    static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    static double cdf(double x) {
        return 0.5 * erfc(-x / SQRT_2);
    }

    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 3) {
            // erf x = 2/sqrt(pi) e^{-x^2} sum_n 2^n x^{2n+1} / (1 * 3 * ... * (2n+1)): positive terms only
            double term = x;
            double sum = x;
            double square = x * x;
            for (int n = 0; n < 200 && term > 1e-17 * sum; n++) {
                term *= 2 * square / (2 * n + 3);
                sum += term;
            }
            return 1 - TWO_OVER_SQRT_PI * Math.exp(-square) * sum;
        }
        // erfc x = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated backwards
        double fraction = x;
        for (int k = 60; k >= 1; k--) {
            fraction = x + (k / 2.0) / fraction;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / fraction;
    }

    /** The quantile function (inverse cdf) for p in (0, 1). */
    static double ppf(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("normal quantile needs p in (0, 1), was " + p);
        }
        double x;
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else if (p <= 1 - low) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        for (int step = 0; step < 3; step++) { // Halley
            double error = cdf(x) - p;
            double u = error * SQRT_2PI * Math.exp(0.5 * x * x);
            x -= u / (1 + 0.5 * x * u);
        }
        return x;
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
}
