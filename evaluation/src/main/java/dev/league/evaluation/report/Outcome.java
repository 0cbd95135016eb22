package dev.league.evaluation.report;

import dev.league.matchmaking.MatchResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One played match for a report: two or more teams of players and each team's finishing rank. A
 * 1v1 is two teams of one; a free-for-all is T teams of one.
 *
 * @param scenario the scenario it was played in, or null when the log does not say
 * @param teams the players of each team, T >= 2 teams of >= 1 player; a player is on at most one team
 * @param ranks finishing rank per team, length T, each in 1..T; 1 is best, equal ranks tie
 * @param frames environment steps the match took (0 when unknown), >= 0
 */
public record Outcome(String scenario, List<List<String>> teams, List<Integer> ranks, long frames) {

    public Outcome {
        if (teams == null || teams.size() < 2) {
            throw new IllegalArgumentException("outcome.teams must list at least 2 teams, was " + teams);
        }
        List<List<String>> copied = new ArrayList<>(teams.size());
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < teams.size(); t++) {
            List<String> team = teams.get(t);
            if (team == null || team.isEmpty()) {
                throw new IllegalArgumentException("outcome.teams[" + t + "] must have at least one player, was " + team);
            }
            for (String player : team) {
                if (player == null || player.isBlank()) {
                    throw new IllegalArgumentException("outcome.teams[" + t + "] must hold non-blank player ids, was " + team);
                }
                if (!seen.add(player)) {
                    throw new IllegalArgumentException("outcome.teams must not repeat a player, '" + player
                            + "' appears twice");
                }
            }
            copied.add(List.copyOf(team));
        }
        teams = List.copyOf(copied);
        if (ranks == null || ranks.size() != teams.size()) {
            throw new IllegalArgumentException("outcome.ranks must have one entry per team (" + teams.size() + "), was " + ranks);
        }
        for (Integer rank : ranks) {
            if (rank == null || rank < 1 || rank > teams.size()) {
                throw new IllegalArgumentException("outcome.ranks must be in 1.." + teams.size() + ", was " + ranks);
            }
        }
        ranks = List.copyOf(ranks);
        if (frames < 0) {
            throw new IllegalArgumentException("outcome.frames must be >= 0, was " + frames);
        }
    }

    /** A match whose sides are single players (1v1 or free-for-all). */
    public static Outcome of(String scenario, MatchResult result) {
        List<List<String>> teams = new ArrayList<>();
        for (String player : result.players()) {
            teams.add(List.of(player));
        }
        return new Outcome(scenario, teams, Arrays.stream(result.ranks()).boxed().toList(), result.frames());
    }

    /** Score of team {@code i} against team {@code j}: 1 win, 0.5 draw, 0 loss. */
    public double score(int i, int j) {
        int a = ranks.get(i);
        int b = ranks.get(j);
        return a < b ? 1.0 : a == b ? 0.5 : 0.0;
    }
}
