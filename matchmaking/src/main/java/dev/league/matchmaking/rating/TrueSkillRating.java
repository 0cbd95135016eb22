package dev.league.matchmaking.rating;

import java.io.Serializable;

/**
 * A TrueSkill belief about one player's skill: a Gaussian N(mean, deviation^2).
 *
 * @param mean mu, finite
 * @param deviation sigma, > 0
 */
public record TrueSkillRating(double mean, double deviation) implements Serializable {

    public TrueSkillRating {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("trueskill.rating.mean must be finite, was " + mean);
        }
        if (!(deviation > 0) || !Double.isFinite(deviation)) {
            throw new IllegalArgumentException("trueskill.rating.deviation must be > 0, was " + deviation);
        }
    }

    /** The conservative estimate mu - 3 sigma used for leaderboards ("exposure"; 0 for a new player). */
    public double conservative() {
        return mean - 3 * deviation;
    }
}
