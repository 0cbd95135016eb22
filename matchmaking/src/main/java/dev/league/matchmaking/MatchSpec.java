package dev.league.matchmaking;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One match to play: who plays which side, with which weight version, under which seed.
 * Travels through Flink as a POJO record, hence arrays rather than lists.
 *
 * @param matchId unique within a run
 * @param round the matchmaking round that produced it
 * @param players player id per side (team or free-for-all seat), length T
 * @param versions weight version per side, length T; the rollout fetches exactly these
 * @param seed episode seed
 */
public record MatchSpec(long matchId, int round, String[] players, long[] versions, long seed) implements Serializable {

    public MatchSpec {
        if (players == null || versions == null || players.length < 2 || players.length != versions.length) {
            throw new IllegalArgumentException("match.players and match.versions must have the same length >= 2, were "
                    + Arrays.toString(players) + " and " + Arrays.toString(versions));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchSpec that
                && matchId == that.matchId
                && round == that.round
                && seed == that.seed
                && Arrays.equals(players, that.players)
                && Arrays.equals(versions, that.versions);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(matchId) * 31 + Arrays.hashCode(players);
    }

    @Override
    public String toString() {
        return "MatchSpec[" + matchId + ", round " + round + ", " + Arrays.toString(players) + " @ "
                + Arrays.toString(versions) + ", seed " + seed + "]";
    }
}
