package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Elo over a dense rating array indexed through one hash lookup per side. */
final class EloRatingTable implements RatingTable {

    private static final long serialVersionUID = 1L;

    private final Elo elo;
    private final Map<String, Integer> indices = new HashMap<>();
    private String[] players = new String[16];
    private double[] ratings = new double[16];
    private boolean[] anchored = new boolean[16];

    EloRatingTable(Elo elo) {
        this.elo = elo;
    }

    private int index(String player) {
        Integer index = indices.get(player);
        if (index != null) {
            return index;
        }
        int next = indices.size();
        if (next == ratings.length) {
            players = Arrays.copyOf(players, next * 2);
            ratings = Arrays.copyOf(ratings, next * 2);
            anchored = Arrays.copyOf(anchored, next * 2);
        }
        Double anchor = elo.anchors().get(player);
        players[next] = player;
        ratings[next] = anchor != null ? anchor : elo.initialRating();
        anchored[next] = anchor != null;
        indices.put(player, next);
        return next;
    }

    @Override
    public double[] apply(MatchResult result) {
        String[] sides = result.players();
        int count = sides.length;
        int[] index = new int[count];
        double[] before = new double[count];
        for (int i = 0; i < count; i++) {
            index[i] = index(sides[i]);
            before[i] = ratings[index[i]];
        }
        double[] change = new double[count];
        elo.changes(before, result.ranks(), index, change);
        for (int i = 0; i < count; i++) {
            if (!anchored[index[i]]) {
                ratings[index[i]] += change[i]; // a player in several seats gets every seat's change
            }
        }
        double[] after = new double[count];
        for (int i = 0; i < count; i++) {
            after[i] = ratings[index[i]];
        }
        return after;
    }

    @Override
    public double rating(String player) {
        Integer index = indices.get(player);
        if (index != null) {
            return ratings[index];
        }
        return elo.anchors().getOrDefault(player, elo.initialRating());
    }

    @Override
    public Map<String, Double> ratings() {
        Map<String, Double> table = new TreeMap<>();
        indices.forEach((player, index) -> table.put(player, ratings[index]));
        return table;
    }
}
