package dev.league.matchmaking;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One match to play: who plays which side, with which weight version, under which seed.
 * Travels through Flink as a POJO record, hence arrays rather than lists.
 *
 * @param matchId unique within a run
 * @param round the matchmaking round that produced it
 * @param players player id per side (team or free-for-all seat), length T: a member id for a live
 *     learner, or a snapshot id {@code member@version} (see {@link #snapshotId}) for a frozen copy
 * @param versions weight version per side, length T; the rollout fetches exactly these, as
 *     {@code (member(side), versions[side])}
 * @param seed episode seed
 */
public record MatchSpec(long matchId, int round, String[] players, long[] versions, long seed) implements Serializable {

    /** Separates member and version in a snapshot's player id: {@code m0@12}. Member ids never contain it. */
    public static final char SNAPSHOT_SEPARATOR = '@';

    public MatchSpec {
        if (players == null || versions == null || players.length < 2 || players.length != versions.length) {
            throw new IllegalArgumentException("match.players and match.versions must have the same length >= 2, were "
                    + Arrays.toString(players) + " and " + Arrays.toString(versions));
        }
    }

    /** The player id of the frozen copy of {@code member} at {@code version}: {@code member@version}. */
    public static String snapshotId(String member, long version) {
        return member + SNAPSHOT_SEPARATOR + version;
    }

    /** The member a player id belongs to: the id itself for a live member, the part before '@' for a snapshot. */
    public static String memberOf(String playerId) {
        int at = playerId.indexOf(SNAPSHOT_SEPARATOR);
        return at < 0 ? playerId : playerId.substring(0, at);
    }

    /** Whether a player id names a snapshot (a frozen copy that plays but never learns). */
    public static boolean isSnapshot(String playerId) {
        return playerId.indexOf(SNAPSHOT_SEPARATOR) >= 0;
    }

    /** The member whose weights side {@code side} plays with; fetch {@code (member(side), versions()[side])}. */
    public String member(int side) {
        return memberOf(players[side]);
    }

    /** Whether side {@code side} is a frozen snapshot, whose trajectories must not be learned from. */
    public boolean snapshot(int side) {
        return isSnapshot(players[side]);
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
