package dev.league.evaluation;

import dev.league.matchmaking.MatchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds and prints rankings. */
public final class Standings {

    private Standings() {}

    /**
     * Standings from a log of results (pairwise wins/draws/losses of every side against every
     * other side of each match), rated by the given table, best first.
     *
     * @param ratings rating per player; players missing here are not ranked
     * @param versions weight version per player (absent = -1)
     */
    public static List<Standing> of(Iterable<MatchResult> results, Map<String, Double> ratings, Map<String, Long> versions) {
        Map<String, int[]> record = new HashMap<>();
        for (MatchResult result : results) {
            String[] players = result.players();
            for (int i = 0; i < players.length; i++) {
                int[] line = record.computeIfAbsent(players[i], player -> new int[3]);
                for (int j = 0; j < players.length; j++) {
                    if (i != j) {
                        double score = result.score(i, j);
                        line[score == 1.0 ? 0 : score == 0.5 ? 1 : 2]++;
                    }
                }
            }
        }
        List<Standing> standings = new ArrayList<>();
        ratings.forEach((player, rating) -> {
            int[] line = record.getOrDefault(player, new int[3]);
            standings.add(new Standing(player, rating, versions.getOrDefault(player, -1L), line[0], line[1], line[2]));
        });
        standings.sort(Comparator.comparingDouble(Standing::rating).reversed().thenComparing(Standing::player));
        return standings;
    }

    /** A fixed-width text table, one line per player, best first. */
    public static String table(List<Standing> standings) {
        int width = Math.max(6, standings.stream().mapToInt(standing -> standing.player().length()).max().orElse(6));
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%4s  %-" + width + "s  %7s  %7s  %5s  %5s  %5s  %5s  %6s%n",
                "rank", "player", "rating", "version", "games", "wins", "draws", "losses", "score"));
        int rank = 1;
        for (Standing standing : standings) {
            text.append(String.format(Locale.ROOT, "%4d  %-" + width + "s  %7.1f  %7s  %5d  %5d  %5d  %6d  %5.1f%%%n",
                    rank++, standing.player(), standing.rating(),
                    standing.version() < 0 ? "-" : Long.toString(standing.version()),
                    standing.games(), standing.wins(), standing.draws(), standing.losses(), 100 * standing.score()));
        }
        return text.toString();
    }
}
