package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * TrueSkill with every side a team of one; displays the conservative mu - 3 sigma. A match of one
 * player against itself is not rated; a player in several seats of a free-for-all is rated per
 * seat and keeps its last seat's rating.
 */
final class TrueSkillRatingTable implements RatingTable {

    private static final long serialVersionUID = 1L;

    private final TrueSkill trueSkill;
    private final Map<String, TrueSkillRating> ratings = new HashMap<>();

    TrueSkillRatingTable(TrueSkill trueSkill) {
        this.trueSkill = trueSkill;
    }

    @Override
    public double[] apply(MatchResult result) {
        String[] players = result.players();
        if (Arrays.stream(players).distinct().count() < 2) {
            double[] unchanged = new double[players.length];
            Arrays.fill(unchanged, rating(players[0])); // self-play: no information
            return unchanged;
        }
        TrueSkillRating[] before = new TrueSkillRating[players.length];
        for (int i = 0; i < players.length; i++) {
            before[i] = ratings.getOrDefault(players[i], trueSkill.initial());
        }
        TrueSkillRating[] after = trueSkill.rate(before, result.ranks());
        double[] displayed = new double[players.length];
        for (int i = 0; i < players.length; i++) {
            ratings.put(players[i], after[i]);
        }
        for (int i = 0; i < players.length; i++) {
            displayed[i] = ratings.get(players[i]).conservative();
        }
        return displayed;
    }

    @Override
    public double rating(String player) {
        return ratings.getOrDefault(player, trueSkill.initial()).conservative();
    }

    @Override
    public Map<String, Double> ratings() {
        Map<String, Double> table = new TreeMap<>();
        ratings.forEach((player, rating) -> table.put(player, rating.conservative()));
        return table;
    }
}
