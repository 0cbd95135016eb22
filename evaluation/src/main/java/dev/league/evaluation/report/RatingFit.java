package dev.league.evaluation.report;

import dev.league.evaluation.report.PlayerReport.HeadToHead;
import dev.league.matchmaking.rating.BradleyTerry;
import dev.league.matchmaking.rating.Glicko2;
import dev.league.matchmaking.rating.GlickoRating;
import dev.league.matchmaking.rating.TrueSkill;
import dev.league.matchmaking.rating.TrueSkillRating;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Rates the players of a list of outcomes: Bradley–Terry (batch Elo) with a bootstrap over
 * matches, Glicko-2 and TrueSkill applied in log order, records, head-to-head win rates.
 *
 * <p>Team matches enter Bradley–Terry as pairwise games between players of opposing teams; the
 * pair (i, j) of one match weighs 1 / sqrt(o_i o_j), where o_i is the number of opponents of i in
 * that match, so that each player's games of one match add up to about one game (exactly one in
 * 1v1, team-vs-team with equal teams, and free-for-all, where this is {@link BradleyTerry}'s
 * 1 / (T - 1)). The bootstrap resamples whole matches, so correlated pairwise games of one match
 * stay together.
 */
final class RatingFit {

    private final List<Outcome> outcomes;
    private final List<String> players;
    private final Map<String, Integer> index = new HashMap<>();

    RatingFit(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("report: the match log is empty");
        }
        this.outcomes = List.copyOf(outcomes);
        TreeSet<String> ids = new TreeSet<>();
        outcomes.forEach(outcome -> outcome.teams().forEach(ids::addAll));
        players = List.copyOf(ids);
        for (String player : players) {
            index.put(player, index.size());
        }
    }

    List<String> players() {
        return players;
    }

    /** The reference of {@code settings}, or the default one; fails when it did not play. */
    String reference(RatingSettings settings, Collection<String> baselines) {
        String reference = settings.reference();
        if (reference == null) {
            if (index.containsKey("random")) {
                reference = "random";
            } else {
                reference = baselines.stream().filter(index::containsKey).findFirst().orElse(players.get(0));
            }
        }
        if (!index.containsKey(reference)) {
            throw new IllegalArgumentException("report: reference player '" + reference + "' is not in the match log");
        }
        return reference;
    }

    /** The pairwise score matrix [P, P]: score of i over j, with match weights {@code repeat} (null: each once). */
    double[][] scores(int[] repeat) {
        int size = players.size();
        double[][] scores = new double[size][size];
        for (int m = 0; m < outcomes.size(); m++) {
            int times = repeat == null ? 1 : repeat[m];
            if (times == 0) {
                continue;
            }
            Outcome outcome = outcomes.get(m);
            int total = outcome.teams().stream().mapToInt(List::size).sum();
            List<List<String>> teams = outcome.teams();
            for (int a = 0; a < teams.size(); a++) {
                for (int b = a + 1; b < teams.size(); b++) {
                    double score = outcome.score(a, b);
                    double opponentsOfA = total - teams.get(a).size();
                    double opponentsOfB = total - teams.get(b).size();
                    double weight = times / Math.sqrt(opponentsOfA * opponentsOfB);
                    for (String first : teams.get(a)) {
                        for (String second : teams.get(b)) {
                            int i = index.get(first);
                            int j = index.get(second);
                            scores[i][j] += weight * score;
                            scores[j][i] += weight * (1 - score);
                        }
                    }
                }
            }
        }
        return scores;
    }

    /** Bradley–Terry ratings anchored so that {@code reference} has {@code referenceRating}, [P]. */
    double[] bradleyTerry(double[][] scores, int reference, double referenceRating) {
        double[] ratings = BradleyTerry.DEFAULT.fit(scores, null);
        double shift = referenceRating - ratings[reference];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] += shift;
        }
        return ratings;
    }

    /**
     * The full report lines, best rating first, and the win-rate matrix in that order.
     */
    Rated rate(RatingSettings settings, Collection<String> baselines) {
        String referenceId = reference(settings, baselines);
        int reference = index.get(referenceId);
        int size = players.size();
        double[] estimate = bradleyTerry(scores(null), reference, settings.referenceRating());

        // percentile bootstrap over matches: [P, B]
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[][] samples = new double[size][settings.resamples()];
        int[] repeat = new int[outcomes.size()];
        for (int b = 0; b < settings.resamples(); b++) {
            Arrays.fill(repeat, 0);
            for (int m = 0; m < repeat.length; m++) {
                repeat[random.nextInt(repeat.length)]++;
            }
            double[] resampled = bradleyTerry(scores(repeat), reference, settings.referenceRating());
            for (int i = 0; i < size; i++) {
                samples[i][b] = resampled[i];
            }
        }
        double[] lower = new double[size];
        double[] upper = new double[size];
        for (int i = 0; i < size; i++) {
            Arrays.sort(samples[i]);
            // the point estimate always lies inside its interval (it can fall outside a skewed percentile interval)
            lower[i] = Math.min(estimate[i], quantile(samples[i], (1 - settings.confidence()) / 2));
            upper[i] = Math.max(estimate[i], quantile(samples[i], (1 + settings.confidence()) / 2));
        }

        // Glicko-2 and TrueSkill in log order; records and head-to-head
        Glicko2 glicko = Glicko2.DEFAULT;
        TrueSkill trueSkill = TrueSkill.DEFAULT;
        GlickoRating[] glickoRatings = new GlickoRating[size];
        TrueSkillRating[] trueSkillRatings = new TrueSkillRating[size];
        Arrays.fill(glickoRatings, glicko.initial());
        Arrays.fill(trueSkillRatings, trueSkill.initial());
        int[][] record = new int[size][3]; // wins, draws, losses
        double[] scoreSum = new double[size];
        double[][] pairScore = new double[size][size];
        int[][] pairGames = new int[size][size];
        for (Outcome outcome : outcomes) {
            List<List<String>> teams = outcome.teams();
            int[][] ids = new int[teams.size()][];
            for (int t = 0; t < teams.size(); t++) {
                ids[t] = teams.get(t).stream().mapToInt(index::get).toArray();
            }
            GlickoRating[] glickoBefore = glickoRatings.clone();
            int best = outcome.ranks().stream().mapToInt(Integer::intValue).min().orElseThrow();
            long sharingBest = outcome.ranks().stream().filter(rank -> rank == best).count();
            for (int t = 0; t < ids.length; t++) {
                int outcomeColumn = outcome.ranks().get(t) != best ? 2 : sharingBest == 1 ? 0 : 1;
                double teamScore = 0;
                for (int u = 0; u < ids.length; u++) {
                    if (u != t) {
                        teamScore += outcome.score(t, u);
                    }
                }
                teamScore /= ids.length - 1;
                for (int i : ids[t]) {
                    record[i][outcomeColumn]++;
                    scoreSum[i] += teamScore;
                    List<GlickoRating> opponents = new ArrayList<>();
                    List<Double> opponentScores = new ArrayList<>();
                    for (int u = 0; u < ids.length; u++) {
                        if (u == t) {
                            continue;
                        }
                        for (int j : ids[u]) {
                            pairScore[i][j] += outcome.score(t, u);
                            pairGames[i][j]++;
                            opponents.add(glickoBefore[j]);
                            opponentScores.add(outcome.score(t, u));
                        }
                    }
                    glickoRatings[i] = glicko.rate(glickoBefore[i], opponents.toArray(GlickoRating[]::new),
                            opponentScores.stream().mapToDouble(Double::doubleValue).toArray());
                }
            }
            TrueSkillRating[][] lineup = new TrueSkillRating[ids.length][];
            for (int t = 0; t < ids.length; t++) {
                lineup[t] = Arrays.stream(ids[t]).mapToObj(i -> trueSkillRatings[i]).toArray(TrueSkillRating[]::new);
            }
            TrueSkillRating[][] rated = trueSkill.rate(lineup, outcome.ranks().stream().mapToInt(Integer::intValue).toArray());
            for (int t = 0; t < ids.length; t++) {
                for (int k = 0; k < ids[t].length; k++) {
                    trueSkillRatings[ids[t][k]] = rated[t][k];
                }
            }
        }

        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -estimate[i]).thenComparing(players::get));
        Set<String> baselineSet = Set.copyOf(baselines);
        List<PlayerReport> lines = new ArrayList<>(size);
        for (int position = 0; position < size; position++) {
            int i = order[position];
            Map<String, HeadToHead> versus = new LinkedHashMap<>();
            for (String baseline : baselines) {
                Integer j = index.get(baseline);
                if (j != null && j != i && pairGames[i][j] > 0) {
                    versus.put(baseline, new HeadToHead(pairGames[i][j], pairScore[i][j] / pairGames[i][j]));
                }
            }
            int games = record[i][0] + record[i][1] + record[i][2];
            lines.add(new PlayerReport(players.get(i), position + 1, estimate[i], lower[i], upper[i], games,
                    record[i][0], record[i][1], record[i][2], games == 0 ? 0 : scoreSum[i] / games,
                    glickoRatings[i].rating(), glickoRatings[i].deviation(), trueSkillRatings[i].mean(),
                    trueSkillRatings[i].deviation(), trueSkillRatings[i].conservative(),
                    baselineSet.contains(players.get(i)), versus));
        }
        List<String> ordered = lines.stream().map(PlayerReport::player).toList();
        List<List<Double>> winRate = new ArrayList<>();
        List<List<Integer>> games = new ArrayList<>();
        for (String rowPlayer : ordered) {
            int i = index.get(rowPlayer);
            List<Double> rateRow = new ArrayList<>();
            List<Integer> gameRow = new ArrayList<>();
            for (String columnPlayer : ordered) {
                int j = index.get(columnPlayer);
                rateRow.add(pairGames[i][j] == 0 ? null : pairScore[i][j] / pairGames[i][j]);
                gameRow.add(pairGames[i][j]);
            }
            winRate.add(rateRow);
            games.add(gameRow);
        }
        return new Rated(referenceId, lines, new WinRates(ordered, winRate, games));
    }

    /** Linear interpolation between order statistics of a sorted sample. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    record Rated(String reference, List<PlayerReport> players, WinRates winRates) {}
}
