package dev.league.matchmaking.sampling;

import java.util.List;
import java.util.random.RandomGenerator;

/** Chooses whom a player meets. Implementations: uniform now; PFSP, roles and snapshots later. */
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
}
