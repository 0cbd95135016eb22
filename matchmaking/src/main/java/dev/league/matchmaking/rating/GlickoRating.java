package dev.league.matchmaking.rating;

import java.io.Serializable;

/**
 * A Glicko-2 rating on the familiar Glicko scale.
 *
 * @param rating r, finite (a new player: 1500)
 * @param deviation RD, > 0 (a new player: 350)
 * @param volatility sigma, > 0 (a new player: 0.06)
 */
public record GlickoRating(double rating, double deviation, double volatility) implements Serializable {

    public GlickoRating {
        if (!Double.isFinite(rating)) {
            throw new IllegalArgumentException("glicko2.rating must be finite, was " + rating);
        }
        if (!(deviation > 0) || !Double.isFinite(deviation)) {
            throw new IllegalArgumentException("glicko2.deviation must be > 0, was " + deviation);
        }
        if (!(volatility > 0) || !Double.isFinite(volatility)) {
            throw new IllegalArgumentException("glicko2.volatility must be > 0, was " + volatility);
        }
    }
}
