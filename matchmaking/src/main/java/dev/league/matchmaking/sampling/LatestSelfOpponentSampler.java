package dev.league.matchmaking.sampling;

import java.util.List;
import java.util.random.RandomGenerator;

/** The player's own latest version. */
final class LatestSelfOpponentSampler implements OpponentSampler {

    static final LatestSelfOpponentSampler INSTANCE = new LatestSelfOpponentSampler();

    private LatestSelfOpponentSampler() {}

    @Override
    public String sample(String player, List<String> candidates, RandomGenerator random) {
        return player;
    }
}
