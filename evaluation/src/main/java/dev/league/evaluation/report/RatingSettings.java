package dev.league.evaluation.report;

/**
 * How a report rates its players.
 *
 * @param reference the player anchored at {@code referenceRating}; null picks the default: the
 *     baseline {@code random} when it played, else the first baseline, else the first player by id
 * @param referenceRating the reference's rating on the Elo scale, finite
 * @param confidence central coverage of the bootstrap intervals, in (0, 1)
 * @param resamples bootstrap resamples of the match log, >= 2
 * @param seed seed of the bootstrap
 */
public record RatingSettings(String reference, double referenceRating, double confidence, int resamples, long seed) {

    /** Defaults: reference chosen automatically at 1000, 95% intervals from 200 resamples, seed 1. */
    public static final RatingSettings DEFAULTS = new RatingSettings(null, 1000, 0.95, 200, 1);

    public RatingSettings {
        if (reference != null && reference.isBlank()) {
            throw new IllegalArgumentException("rating.reference must be a player id or absent, was '" + reference + "'");
        }
        if (!Double.isFinite(referenceRating)) {
            throw new IllegalArgumentException("rating.referenceRating must be finite, was " + referenceRating);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("rating.confidence must be in (0, 1), was " + confidence);
        }
        if (resamples < 2) {
            throw new IllegalArgumentException("rating.resamples must be >= 2, was " + resamples);
        }
    }
}
