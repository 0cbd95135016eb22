package dev.league.matchmaking;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The outcome of a played match.
 *
 * @param matchId the {@link MatchSpec#matchId()} it answers
 * @param players player id per side, length T
 * @param versions weight version each side played with, length T
 * @param ranks finishing rank per side, length T; 1 is best, equal ranks tie (a 1v1 draw is {1, 1})
 * @param frames environment steps the match took (summed over copies, not agents)
 */
public record MatchResult(long matchId, String[] players, long[] versions, int[] ranks, long frames)
        implements Serializable {

    public MatchResult {
        if (players == null || versions == null || ranks == null || players.length < 2
                || players.length != versions.length || players.length != ranks.length) {
            throw new IllegalArgumentException("result.players, versions and ranks must have the same length >= 2");
        }
        for (int rank : ranks) {
            if (rank < 1 || rank > players.length) {
                throw new IllegalArgumentException(
                        "result.ranks must be in 1.." + players.length + ", were " + Arrays.toString(ranks));
            }
        }
    }

    /**
     * Score of side {@code i} against side {@code j}: 1 win, 0.5 draw, 0 loss.
     */
    public double score(int i, int j) {
        return ranks[i] < ranks[j] ? 1.0 : ranks[i] == ranks[j] ? 0.5 : 0.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchResult that
                && matchId == that.matchId
                && frames == that.frames
                && Arrays.equals(players, that.players)
                && Arrays.equals(versions, that.versions)
                && Arrays.equals(ranks, that.ranks);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(matchId) * 31 + Arrays.hashCode(ranks);
    }

    @Override
    public String toString() {
        return "MatchResult[" + matchId + ", " + Arrays.toString(players) + ", ranks " + Arrays.toString(ranks) + "]";
    }
}
