package dev.league.matchmaking.sampling;

import dev.league.matchmaking.payoff.PayoffTable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses whom a player meets from a list of candidates, without league state: a building block
 * for callers that keep their own candidate lists. The league job uses
 * {@code dev.league.matchmaking.league.League} (snapshots, snapshot pool, AlphaStar roles).
 */
public interface OpponentSampler {

    /**
     * @param player the player looking for a match
     * @param candidates everyone that may be chosen (may include {@code player}; implementations
     *     decide whether self-play against the same id is allowed)
     * @param random the caller's seeded generator
     */
    String sample(String player, List<String> candidates, RandomGenerator random);

    /** Uniform over all candidates other than the player itself. */
    static OpponentSampler uniform() {
        return UniformOpponentSampler.INSTANCE;
    }

    /** The player itself, i.e. its latest version (naive self-play); candidates are ignored. */
    static OpponentSampler latestSelf() {
        return LatestSelfOpponentSampler.INSTANCE;
    }

    /**
     * PFSP over the candidates other than the player, by the player's win rate against each in
     * {@code payoff} (0.5 for a pair the table does not know).
     */
    static OpponentSampler pfsp(PayoffTable payoff, PfspWeighting weighting) {
        return new PfspOpponentSampler(payoff, weighting);
    }
}
