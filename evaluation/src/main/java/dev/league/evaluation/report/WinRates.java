package dev.league.evaluation.report;

import java.util.List;

/**
 * The win-rate matrix: {@code winRate[i][j]} is the mean score of {@code players[i]} against
 * {@code players[j]} over the matches where they were on opposing teams (null where they never
 * met), {@code games[i][j]} how many such matches.
 *
 * @param players row and column order, [P] (the report's ranking order)
 * @param winRate [P, P], entries in [0, 1] or null
 * @param games [P, P]
 */
public record WinRates(List<String> players, List<List<Double>> winRate, List<List<Integer>> games) {

    public WinRates {
        players = List.copyOf(players);
        int size = players.size();
        if (winRate.size() != size || games.size() != size) {
            throw new IllegalArgumentException("winRates must be [P, P] with P = " + size + ", had " + winRate.size() + " rows");
        }
        winRate = winRate.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
        games = games.stream().map(List::copyOf).toList();
    }
}
