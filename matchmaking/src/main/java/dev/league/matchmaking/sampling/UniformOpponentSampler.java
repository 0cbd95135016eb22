package dev.league.matchmaking.sampling;

import java.util.List;
import java.util.random.RandomGenerator;

/** Uniform over the candidates other than the player (Sample Factory's self-play mixing). */
final class UniformOpponentSampler implements OpponentSampler {

    static final UniformOpponentSampler INSTANCE = new UniformOpponentSampler();

    private UniformOpponentSampler() {}

    @Override
    public String sample(String player, List<String> candidates, RandomGenerator random) {
        List<String> others = candidates.stream().filter(candidate -> !candidate.equals(player)).toList();
        if (others.isEmpty()) {
            throw new IllegalArgumentException("no opponent for '" + player + "' among " + candidates);
        }
        return others.get(random.nextInt(others.size()));
    }
}
