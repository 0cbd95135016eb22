package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import java.io.Serializable;
import java.util.Map;

/**
 * Online Elo (Elo 1978; logistic form with scale 400 as used by FIDE and AlphaStar's reports).
 * Expected score E_a = 1 / (1 + 10^((R_b - R_a) / 400)); after a game R_a' = R_a + K (S_a - E_a).
 * A multi-side result is applied as every pair of sides playing one game, each pair's change scaled
 * by 1 / (T - 1) so that one match moves a rating by at most K. Without anchors every update
 * conserves the sum of the ratings.
 *
 * <p>Anchored players (scripted baselines, say) keep their fixed rating: their opponents are rated
 * against the anchor's rating as usual, but the anchor itself never moves, which pins the scale.
 *
 * @param k the K-factor, > 0
 * @param initialRating rating of a player never seen before
 * @param anchors players whose rating is fixed, id to rating (finite); empty for plain Elo
 */
public record Elo(double k, double initialRating, Map<String, Double> anchors) implements Serializable {

    public static final Elo DEFAULT = new Elo(32, 1200);

    public Elo {
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("elo.k must be > 0, was " + k);
        }
        if (!Double.isFinite(initialRating)) {
            throw new IllegalArgumentException("elo.initialRating must be finite, was " + initialRating);
        }
        if (anchors == null) {
            anchors = Map.of();
        }
        for (Map.Entry<String, Double> anchor : anchors.entrySet()) {
            if (anchor.getKey() == null || anchor.getKey().isBlank()) {
                throw new IllegalArgumentException("elo.anchors keys must be non-blank player ids, was '"
                        + anchor.getKey() + "'");
            }
            if (anchor.getValue() == null || !Double.isFinite(anchor.getValue())) {
                throw new IllegalArgumentException(
                        "elo.anchors['" + anchor.getKey() + "'] must be finite, was " + anchor.getValue());
            }
        }
        anchors = Map.copyOf(anchors);
    }

    /** Plain (unanchored) Elo. */
    public Elo(double k, double initialRating) {
        this(k, initialRating, Map.of());
    }

    /** This Elo with the given players' ratings fixed. */
    public Elo withAnchors(Map<String, Double> fixed) {
        return new Elo(k, initialRating, fixed);
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
     * New rating after a rating period of several games, all expected scores taken at the period's
     * start: R' = R + K sum_i (S_i - E_i) (the FIDE / Wikipedia worked example).
     *
     * @param opponents opponents' ratings, length m
     * @param scores the player's score against each, length m
     */
    public double updated(double rating, double[] opponents, double[] scores) {
        if (opponents.length != scores.length) {
            throw new IllegalArgumentException("elo: opponents and scores must have the same length, were "
                    + opponents.length + " and " + scores.length);
        }
        double change = 0;
        for (int i = 0; i < opponents.length; i++) {
            change += scores[i] - expectedScore(rating, opponents[i]);
        }
        return rating + k * change;
    }

    /**
     * The fast path: one 1v1 game on a dense rating array, in place, no boxing and no anchors.
     *
     * @param ratings ratings by player index, [P]
     * @param a index of one side
     * @param b index of the other side
     * @param scoreA a's score: 1, 0.5 or 0
     * @return a's rating change (b's is its negative)
     */
    public double update(double[] ratings, int a, int b, double scoreA) {
        double change = k * (scoreA - expectedScore(ratings[a], ratings[b]));
        ratings[a] += change;
        ratings[b] -= change;
        return change;
    }

    /**
     * Applies a match to a table of ratings, in place. Missing players start at
     * {@link #initialRating()}; anchored players are read (and written) at their anchor rating.
     * Sides with the same player id do not rate each other (self-play carries no information); a
     * player in several seats gets the sum of its seats' changes.
     *
     * @return the rating change of each side, length T (0 for anchored sides)
     */
    public double[] apply(Map<String, Double> ratings, MatchResult result) {
        String[] players = result.players();
        int sides = players.length;
        double[] before = new double[sides];
        int[] identity = new int[sides];
        boolean anchored = !anchors.isEmpty();
        for (int i = 0; i < sides; i++) {
            Double anchor = anchored ? anchors.get(players[i]) : null;
            before[i] = anchor != null ? anchor : ratings.getOrDefault(players[i], initialRating);
            identity[i] = firstSeat(players, i);
        }
        double[] delta = new double[sides];
        changes(before, result.ranks(), identity, delta);
        for (int i = 0; i < sides; i++) {
            if (anchored && anchors.containsKey(players[i])) {
                delta[i] = 0;
            }
            double base = identity[i] == i ? before[i] : ratings.get(players[i]);
            ratings.put(players[i], base + delta[i]);
        }
        return delta;
    }

    private static int firstSeat(String[] players, int seat) {
        for (int i = 0; i < seat; i++) {
            if (players[i].equals(players[seat])) {
                return i;
            }
        }
        return seat;
    }

    /**
     * Pairwise changes of a T-side match, without anchors.
     *
     * @param before ratings of the sides before the match, [T]
     * @param ranks rank per side, [T]; 1 best, equal ranks tie
     * @param identity player identity per side, [T]; sides of equal identity do not rate each other
     * @param delta receives the change per side, [T]
     */
    void changes(double[] before, int[] ranks, int[] identity, double[] delta) {
        int sides = before.length;
        double scale = k / (sides - 1);
        for (int i = 0; i < sides; i++) {
            double change = 0;
            for (int j = 0; j < sides; j++) {
                if (identity[i] != identity[j]) {
                    double score = ranks[i] < ranks[j] ? 1.0 : ranks[i] == ranks[j] ? 0.5 : 0.0;
                    change += score - expectedScore(before[i], before[j]);
                }
            }
            delta[i] = scale * change;
        }
    }
}
