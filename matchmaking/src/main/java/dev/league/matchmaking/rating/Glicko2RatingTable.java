package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Glicko-2 with one rating period per match (as online Glicko-2 servers do): every side is rated
 * from the pre-match ratings against every side with another player id; seats of one player id
 * pool their games, and a player with no other opponent (self-play) is left unchanged.
 */
final class Glicko2RatingTable implements RatingTable {

    private static final long serialVersionUID = 1L;

    private final Glicko2 glicko;
    private final Map<String, GlickoRating> ratings = new HashMap<>();

    Glicko2RatingTable(Glicko2 glicko) {
        this.glicko = glicko;
    }

    @Override
    public double[] apply(MatchResult result) {
        String[] players = result.players();
        int sides = players.length;
        GlickoRating[] before = new GlickoRating[sides];
        for (int i = 0; i < sides; i++) {
            before[i] = ratings.getOrDefault(players[i], glicko.initial());
        }
        // one rating period per distinct player: every game of each of its seats against another player
        GlickoRating[] after = before.clone();
        GlickoRating[] opponents = new GlickoRating[sides * sides];
        double[] scores = new double[sides * sides];
        for (int i = 0; i < sides; i++) {
            if (firstSeat(players, i) != i) {
                continue;
            }
            int games = 0;
            for (int seat = i; seat < sides; seat++) {
                if (!players[seat].equals(players[i])) {
                    continue;
                }
                for (int j = 0; j < sides; j++) {
                    if (!players[j].equals(players[i])) {
                        opponents[games] = before[j];
                        scores[games++] = result.score(seat, j);
                    }
                }
            }
            if (games > 0) {
                GlickoRating rated = glicko.rate(before[i], Arrays.copyOf(opponents, games), Arrays.copyOf(scores, games));
                for (int seat = i; seat < sides; seat++) {
                    if (players[seat].equals(players[i])) {
                        after[seat] = rated;
                    }
                }
            }
        }
        double[] displayed = new double[sides];
        for (int i = 0; i < sides; i++) {
            ratings.put(players[i], after[i]);
            displayed[i] = after[i].rating();
        }
        return displayed;
    }

    private static int firstSeat(String[] players, int seat) {
        for (int i = 0; i < seat; i++) {
            if (players[i].equals(players[seat])) {
                return i;
            }
        }
        return seat;
    }

    @Override
    public double rating(String player) {
        return ratings.getOrDefault(player, glicko.initial()).rating();
    }

    @Override
    public Map<String, Double> ratings() {
        Map<String, Double> table = new TreeMap<>();
        ratings.forEach((player, rating) -> table.put(player, rating.rating()));
        return table;
    }
}
