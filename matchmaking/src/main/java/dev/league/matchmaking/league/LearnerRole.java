package dev.league.matchmaking.league;

import java.io.Serializable;
import java.util.random.RandomGenerator;

/** What a learner does in the league: how it picks opponents and what its snapshots mean. */
interface LearnerRole extends Serializable {

    Role role();

    /** The opponent for one match of learner {@code self}. */
    OpponentChoice opponent(League league, int self, RandomGenerator random);

    /** The players whose lowest win rate against them gates a snapshot: all snapshots by default. */
    default IntList snapshotReference(League league, int self) {
        return league.historical();
    }

    /** Whether the learner goes back to its initial weights after a snapshot. */
    default boolean resetsOnSnapshot(RandomGenerator random) {
        return false;
    }
}
