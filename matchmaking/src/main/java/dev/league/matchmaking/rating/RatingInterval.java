package dev.league.matchmaking.rating;

import java.io.Serializable;

/**
 * A batch rating with its bootstrap confidence interval, on the Elo scale.
 *
 * @param player player id
 * @param rating maximum-likelihood rating on the full match log
 * @param lower lower end of the percentile bootstrap interval
 * @param upper upper end of the percentile bootstrap interval, >= lower
 */
public record RatingInterval(String player, double rating, double lower, double upper) implements Serializable {

    public RatingInterval {
        if (!Double.isFinite(rating) || !Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("rating interval of '" + player + "' must be finite with lower <= upper, was "
                    + rating + " [" + lower + ", " + upper + "]");
        }
    }
}
