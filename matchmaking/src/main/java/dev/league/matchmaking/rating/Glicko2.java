package dev.league.matchmaking.rating;

import java.io.Serializable;

/**
 * Glicko-2 (Glickman, "Example of the Glicko-2 system", 2013 revision; steps 1 to 8 below are the
 * paper's). One call rates one player over one rating period; the volatility is found with the
 * Illinois algorithm of step 5.
 *
 * @param tau system constant bounding the volatility's change, > 0 (Glickman: 0.3 to 1.2; his example 0.5)
 * @param initialRating rating of a new player (default 1500)
 * @param initialDeviation rating deviation of a new player, > 0 (default 350)
 * @param initialVolatility volatility of a new player, > 0 (default 0.06)
 */
public record Glicko2(double tau, double initialRating, double initialDeviation, double initialVolatility)
        implements Serializable {

    /** The Glicko-2 to Glicko scale factor 400 / ln 10. */
    public static final double SCALE = 173.7178;

    /** Convergence tolerance of the volatility iteration (the paper's epsilon). */
    static final double EPSILON = 0.000001;

    public static final Glicko2 DEFAULT = new Glicko2(0.5);

    public Glicko2 {
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("glicko2.tau must be > 0, was " + tau);
        }
        if (!Double.isFinite(initialRating)) {
            throw new IllegalArgumentException("glicko2.initialRating must be finite, was " + initialRating);
        }
        if (!(initialDeviation > 0) || !Double.isFinite(initialDeviation)) {
            throw new IllegalArgumentException("glicko2.initialDeviation must be > 0, was " + initialDeviation);
        }
        if (!(initialVolatility > 0) || !Double.isFinite(initialVolatility)) {
            throw new IllegalArgumentException("glicko2.initialVolatility must be > 0, was " + initialVolatility);
        }
    }

    /** The standard new-player rating (1500, 350, 0.06) with the given tau. */
    public Glicko2(double tau) {
        this(tau, 1500, 350, 0.06);
    }

    public GlickoRating initial() {
        return new GlickoRating(initialRating, initialDeviation, initialVolatility);
    }

    /**
     * Rates a player after one rating period.
     *
     * @param player the rating before the period
     * @param opponents the opponents' ratings before the period, length m (m = 0: the player sat out)
     * @param scores the player's score against each, 1 / 0.5 / 0, length m
     */
    public GlickoRating rate(GlickoRating player, GlickoRating[] opponents, double[] scores) {
        if (opponents.length != scores.length) {
            throw new IllegalArgumentException("glicko2: opponents and scores must have the same length, were "
                    + opponents.length + " and " + scores.length);
        }
        // step 2: to the Glicko-2 scale
        double mu = (player.rating() - initialRating) / SCALE;
        double phi = player.deviation() / SCALE;
        double sigma = player.volatility();
        if (opponents.length == 0) {
            // step 6 only: the deviation grows
            double grown = Math.sqrt(phi * phi + sigma * sigma);
            return new GlickoRating(player.rating(), grown * SCALE, sigma);
        }
        // steps 3 and 4: estimated variance v and improvement delta
        double inverseV = 0;
        double sum = 0;
        for (int j = 0; j < opponents.length; j++) {
            double muJ = (opponents[j].rating() - initialRating) / SCALE;
            double g = g(opponents[j].deviation() / SCALE);
            double expected = 1 / (1 + Math.exp(-g * (mu - muJ)));
            inverseV += g * g * expected * (1 - expected);
            sum += g * (scores[j] - expected);
        }
        double v = 1 / inverseV;
        double delta = v * sum;
        // step 5: new volatility
        double newSigma = volatility(delta, phi, v, sigma);
        // steps 6 and 7: new deviation and rating
        double phiStar = Math.sqrt(phi * phi + newSigma * newSigma);
        double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * sum;
        // step 8: back to the Glicko scale
        return new GlickoRating(SCALE * newMu + initialRating, SCALE * newPhi, newSigma);
    }

    private static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    /** Step 5: the root of f by the Illinois algorithm (regula falsi). */
    private double volatility(double delta, double phi, double v, double sigma) {
        double a = Math.log(sigma * sigma);
        double deltaSquared = delta * delta;
        double phiSquared = phi * phi;
        double bigA = a;
        double bigB;
        if (deltaSquared > phiSquared + v) {
            bigB = Math.log(deltaSquared - phiSquared - v);
        } else {
            int k = 1;
            while (f(a - k * tau, a, deltaSquared, phiSquared, v) < 0) {
                k++;
            }
            bigB = a - k * tau;
        }
        double fA = f(bigA, a, deltaSquared, phiSquared, v);
        double fB = f(bigB, a, deltaSquared, phiSquared, v);
        while (Math.abs(bigB - bigA) > EPSILON) {
            double c = bigA + (bigA - bigB) * fA / (fB - fA);
            double fC = f(c, a, deltaSquared, phiSquared, v);
            if (fC * fB <= 0) {
                bigA = bigB;
                fA = fB;
            } else {
                fA /= 2;
            }
            bigB = c;
            fB = fC;
        }
        return Math.exp(bigA / 2);
    }

    private double f(double x, double a, double deltaSquared, double phiSquared, double v) {
        double ex = Math.exp(x);
        double denominator = phiSquared + v + ex;
        return ex * (deltaSquared - phiSquared - v - ex) / (2 * denominator * denominator) - (x - a) / (tau * tau);
    }
}
