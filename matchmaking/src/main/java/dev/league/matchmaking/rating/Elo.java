package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import java.io.Serializable;
import java.util.Map;

/**
 * Online Elo (Elo 1978; logistic form with scale 400 as used by FIDE and AlphaStar's reports).
 * Expected score E_a = 1 / (1 + 10^((R_b - R_a) / 400)); after a game R_a' = R_a + K (S_a - E_a).
 * A multi-side result is applied as every pair of sides playing one game, each pair's change scaled
 * by 1 / (T - 1) so that one match moves a rating by at most K.
 *
 * @param k the K-factor, > 0
 * @param initialRating rating of a player never seen before
 */
public record Elo(double k, double initialRating) implements Serializable {

    public static final Elo DEFAULT = new Elo(32, 1200);

    public Elo {
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("elo.k must be > 0, was " + k);
        }
        if (!Double.isFinite(initialRating)) {
            throw new IllegalArgumentException("elo.initialRating must be finite, was " + initialRating);
        }
    }

    /** Probability-like expected score of a player rated {@code rating} against {@code opponent}. */
    public static double expectedScore(double rating, double opponent) {
        return 1.0 / (1.0 + Math.pow(10.0, (opponent - rating) / 400.0));
    }

    /** New rating of a player after scoring {@code score} (1, 0.5, 0) against {@code opponent}. */
    public double updated(double rating, double opponent, double score) {
        return rating + k * (score - expectedScore(rating, opponent));
    }

    /**
     * Applies a match to a table of ratings, in place. Missing players start at
     * {@link #initialRating()}.
     *
     * @return the rating change of each side, length T
     */
    public double[] apply(Map<String, Double> ratings, MatchResult result) {
        String[] players = result.players();
        int sides = players.length;
        double[] before = new double[sides];
        for (int i = 0; i < sides; i++) {
            before[i] = ratings.getOrDefault(players[i], initialRating);
        }
        double[] delta = new double[sides];
        for (int i = 0; i < sides; i++) {
            for (int j = 0; j < sides; j++) {
                if (i != j) {
                    delta[i] += k * (result.score(i, j) - expectedScore(before[i], before[j])) / (sides - 1);
                }
            }
        }
        for (int i = 0; i < sides; i++) {
            ratings.put(players[i], before[i] + delta[i]);
        }
        return delta;
    }
}
