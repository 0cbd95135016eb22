package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Batch Elo for evaluation reports: the Bradley–Terry maximum-likelihood fit over a whole match
 * log, P(i beats j) = gamma_i / (gamma_i + gamma_j), rating = 400 log10 gamma. Order-independent,
 * unlike online Elo. Fitted by the minorization–maximization iteration of Hunter (Ann. Statist.
 * 32(1), 2004) exactly as OpenSpiel's {@code open_spiel/evaluation/elo.cc} does: W_ij = wins +
 * draws / 2 + smoothing, gamma_i <- W_i / sum_j N_ij / (gamma_i + gamma_j), normalized, until the
 * largest change is below the tolerance. Uncertainty by the percentile bootstrap over matches.
 *
 * <p>A free-for-all match of T sides counts as one game per pair of sides, each of weight
 * 1 / (T - 1), as in {@link Elo#apply}; pairs with the same player id are skipped.
 *
 * @param smoothing pseudo-wins added to every ordered pair, >= 0 (OpenSpiel: 0.01)
 * @param maxIterations iteration cap, >= 1 (OpenSpiel: 2000)
 * @param tolerance stop when the largest change of a normalized gamma is below this, > 0 (OpenSpiel: 1e-10)
 */
public record BradleyTerry(double smoothing, int maxIterations, double tolerance) implements Serializable {

    /** OpenSpiel's defaults. */
    public static final BradleyTerry DEFAULT = new BradleyTerry(0.01, 2000, 1e-10);

    /** Elo scale: a 400-point gap is 10:1 odds. */
    public static final double SCALE = 400;

    public BradleyTerry {
        if (!(smoothing >= 0) || !Double.isFinite(smoothing)) {
            throw new IllegalArgumentException("bradleyTerry.smoothing must be >= 0, was " + smoothing);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("bradleyTerry.maxIterations must be >= 1, was " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("bradleyTerry.tolerance must be > 0, was " + tolerance);
        }
    }

    /**
     * OpenSpiel's {@code ComputeElo}: ratings from count matrices, shifted so that the lowest is 0.
     *
     * @param wins wins[i][j] = games i won against j, [P, P]
     * @param draws draws[i][j] = draws between i and j, symmetric, [P, P]; null for none
     * @return rating per player, [P]
     */
    public double[] fit(double[][] wins, double[][] draws) {
        int players = wins.length;
        double[][] scores = new double[players][players];
        for (int i = 0; i < players; i++) {
            if (wins[i].length != players || (draws != null && draws[i].length != players)) {
                throw new IllegalArgumentException("bradleyTerry: wins and draws must be square [P, P], P = " + players);
            }
            for (int j = 0; j < players; j++) {
                scores[i][j] = wins[i][j] + (draws == null ? 0 : 0.5 * draws[i][j]);
            }
        }
        double[] ratings = ratings(scores);
        double minimum = Arrays.stream(ratings).min().orElse(0);
        for (int i = 0; i < players; i++) {
            ratings[i] -= minimum;
        }
        return ratings;
    }

    /**
     * Maximum-likelihood ratings of every player in the log, anchored so that {@code reference} has
     * {@code referenceRating}.
     *
     * @return rating per player id, highest first
     */
    public Map<String, Double> fit(List<MatchResult> matches, String reference, double referenceRating) {
        MatchLog log = new MatchLog(matches, reference);
        double[] ratings = anchored(ratings(log.scores(null)), log.reference, referenceRating);
        Map<String, Double> byPlayer = new LinkedHashMap<>();
        for (int i : log.byRating(ratings)) {
            byPlayer.put(log.players.get(i), ratings[i]);
        }
        return byPlayer;
    }

    /**
     * Maximum-likelihood ratings with percentile bootstrap intervals: the log's matches are
     * resampled with replacement {@code resamples} times and refitted.
     *
     * @param confidence central coverage of the interval, in (0, 1), e.g. 0.95
     * @param random the caller's seeded generator
     * @return one interval per player, highest rating first; the reference's is [referenceRating, referenceRating]
     */
    public List<RatingInterval> fit(List<MatchResult> matches, String reference, double referenceRating,
            int resamples, double confidence, RandomGenerator random) {
        if (resamples < 2) {
            throw new IllegalArgumentException("bradleyTerry.resamples must be >= 2, was " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("bradleyTerry.confidence must be in (0, 1), was " + confidence);
        }
        MatchLog log = new MatchLog(matches, reference);
        int players = log.players.size();
        double[] estimate = anchored(ratings(log.scores(null)), log.reference, referenceRating);
        double[][] samples = new double[players][resamples]; // [P, B]
        int[] counts = new int[matches.size()];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(counts, 0);
            for (int m = 0; m < counts.length; m++) {
                counts[random.nextInt(counts.length)]++;
            }
            double[] resampled = anchored(ratings(log.scores(counts)), log.reference, referenceRating);
            for (int i = 0; i < players; i++) {
                samples[i][b] = resampled[i];
            }
        }
        List<RatingInterval> intervals = new ArrayList<>(players);
        for (int i : log.byRating(estimate)) {
            Arrays.sort(samples[i]);
            intervals.add(new RatingInterval(log.players.get(i), estimate[i],
                    quantile(samples[i], (1 - confidence) / 2), quantile(samples[i], (1 + confidence) / 2)));
        }
        return intervals;
    }

    /** Linear interpolation between order statistics of a sorted sample. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double[] anchored(double[] ratings, int reference, double referenceRating) {
        double shift = referenceRating - ratings[reference];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] += shift;
        }
        return ratings;
    }

    /**
     * The MM iteration (OpenSpiel {@code ComputeElo}, before its shift).
     *
     * @param scores scores[i][j] = wins of i over j + draws / 2, [P, P]
     * @return 400 log10 gamma per player, [P]
     */
    double[] ratings(double[][] scores) {
        int players = scores.length;
        double[] totalWins = new double[players];
        double[][] games = new double[players][players];
        for (int i = 0; i < players; i++) {
            for (int j = i + 1; j < players; j++) {
                double ij = scores[i][j] + smoothing;
                double ji = scores[j][i] + smoothing;
                totalWins[i] += ij;
                totalWins[j] += ji;
                games[i][j] = games[j][i] = ij + ji;
            }
        }
        double[] gammas = new double[players];
        double[] next = new double[players];
        Arrays.fill(gammas, 1.0);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double total = 0;
            for (int i = 0; i < players; i++) {
                double ratios = 0;
                for (int j = 0; j < players; j++) {
                    if (j != i) {
                        ratios += games[i][j] / (gammas[i] + gammas[j]);
                    }
                }
                next[i] = totalWins[i] / ratios;
                total += next[i];
            }
            double change = 0;
            for (int i = 0; i < players; i++) {
                next[i] = Math.max(next[i] / total, Double.MIN_VALUE);
                change = Math.max(change, Math.abs(next[i] - gammas[i]));
            }
            double[] swap = gammas;
            gammas = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        double[] ratings = new double[players];
        for (int i = 0; i < players; i++) {
            ratings[i] = SCALE * Math.log10(gammas[i]);
        }
        return ratings;
    }

    /** The log as pairwise games between densely numbered players (sorted ids). */
    private static final class MatchLog {
        final List<String> players;
        final int reference;
        /** Per match m, its pairwise games are pairs[matchStart[m] .. matchStart[m + 1]). */
        final int[] matchStart;
        final int[] first;
        final int[] second;
        final double[] firstScore;
        final double[] weight;

        MatchLog(List<MatchResult> matches, String reference) {
            if (matches == null || matches.isEmpty()) {
                throw new IllegalArgumentException("bradleyTerry: the match log is empty");
            }
            TreeSet<String> ids = new TreeSet<>();
            int pairs = 0;
            for (MatchResult match : matches) {
                ids.addAll(Arrays.asList(match.players()));
                int sides = match.players().length;
                pairs += sides * (sides - 1) / 2;
            }
            players = List.copyOf(ids);
            Map<String, Integer> index = new HashMap<>();
            for (String player : players) {
                index.put(player, index.size());
            }
            this.reference = index.getOrDefault(reference, -1);
            if (this.reference < 0) {
                throw new IllegalArgumentException("bradleyTerry: reference player '" + reference
                        + "' is not in the match log");
            }
            matchStart = new int[matches.size() + 1];
            first = new int[pairs];
            second = new int[pairs];
            firstScore = new double[pairs];
            weight = new double[pairs];
            int pair = 0;
            for (int m = 0; m < matches.size(); m++) {
                MatchResult match = matches.get(m);
                String[] sides = match.players();
                matchStart[m] = pair;
                for (int i = 0; i < sides.length; i++) {
                    for (int j = i + 1; j < sides.length; j++) {
                        if (!sides[i].equals(sides[j])) {
                            first[pair] = index.get(sides[i]);
                            second[pair] = index.get(sides[j]);
                            firstScore[pair] = match.score(i, j);
                            weight[pair] = 1.0 / (sides.length - 1);
                            pair++;
                        }
                    }
                }
            }
            matchStart[matches.size()] = pair;
        }

        /** scores[i][j] = weighted wins + draws / 2 of i over j; {@code counts} repeats matches (null: each once). */
        double[][] scores(int[] counts) {
            int size = players.size();
            double[][] scores = new double[size][size];
            for (int m = 0; m + 1 < matchStart.length; m++) {
                int repeat = counts == null ? 1 : counts[m];
                if (repeat == 0) {
                    continue;
                }
                for (int pair = matchStart[m]; pair < matchStart[m + 1]; pair++) {
                    double w = repeat * weight[pair];
                    scores[first[pair]][second[pair]] += w * firstScore[pair];
                    scores[second[pair]][first[pair]] += w * (1 - firstScore[pair]);
                }
            }
            return scores;
        }

        /** Player indices, highest rating first, ties by id. */
        int[] byRating(double[] ratings) {
            Integer[] order = new Integer[players.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -ratings[i]).thenComparing(players::get));
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
    }
}
