package dev.league.matchmaking.league;

import java.io.Serializable;

/**
 * An opponent and the branch of the sampler that chose it.
 *
 * @param opponent the player to meet, at {@code opponent.version()}
 * @param branch why
 */
public record OpponentChoice(LeaguePlayer opponent, Branch branch) implements Serializable {
}
