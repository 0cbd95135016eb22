package dev.league.matchmaking.rating;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The streamed effect of one match on the ratings.
 *
 * @param matchId the match that caused it
 * @param players player per side, length T
 * @param ranks finishing rank per side (1 best), length T
 * @param ratings rating of each side after the update, length T
 * @param matches matches rated so far in the league, this one included
 * @param frames environment frames so far in the league, this match included
 */
public record RatingUpdate(long matchId, String[] players, int[] ranks, double[] ratings, long matches, long frames)
        implements Serializable {

    @Override
    public boolean equals(Object other) {
        return other instanceof RatingUpdate that && matchId == that.matchId && matches == that.matches
                && frames == that.frames && Arrays.equals(players, that.players) && Arrays.equals(ranks, that.ranks)
                && Arrays.equals(ratings, that.ratings);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(matchId) * 31 + Arrays.hashCode(ratings);
    }

    @Override
    public String toString() {
        return "RatingUpdate[" + matchId + ", " + Arrays.toString(players) + ", ranks " + Arrays.toString(ranks)
                + ", ratings " + Arrays.toString(ratings) + "]";
    }
}
