package dev.league.matchmaking.league;

import java.io.Serializable;

/**
 * A snapshot rule fired: the learner was frozen into a new snapshot player.
 *
 * @param snapshot the new snapshot
 * @param resetToInitialWeights whether the learner must now go back to its initial weights
 *     (always for a main exploiter, with {@code leagueExploiterResetProbability} for a league exploiter)
 * @param reason which rule fired, with the numbers
 */
public record Checkpoint(LeaguePlayer snapshot, boolean resetToInitialWeights, String reason) implements Serializable {
}
