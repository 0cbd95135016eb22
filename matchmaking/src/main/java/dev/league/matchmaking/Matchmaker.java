package dev.league.matchmaking;

import dev.league.matchmaking.sampling.OpponentSampler;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns a round number and the league's current weight versions into matches: every player
 * meets one opponent chosen by the sampler. Deterministic for a given seed and round.
 */
public final class Matchmaker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final transient OpponentSampler sampler;

    public Matchmaker(long seed, OpponentSampler sampler) {
        this.seed = seed;
        this.sampler = sampler;
    }

    /** A uniform matchmaker; serializable, so it can be shipped inside a Flink function. */
    public static Matchmaker uniform(long seed) {
        return new Matchmaker(seed, OpponentSampler.uniform());
    }

    private OpponentSampler sampler() {
        return sampler == null ? OpponentSampler.uniform() : sampler;
    }

    /**
     * @param round round number, from 0
     * @param versions latest weight version per player, in a stable (sorted) order
     * @return one match per player, ids {@code round * players + i}
     */
    public List<MatchSpec> round(int round, Map<String, Long> versions) {
        List<String> players = versions.keySet().stream().sorted().toList();
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (round + 1)));
        List<MatchSpec> matches = new ArrayList<>(players.size());
        for (int i = 0; i < players.size(); i++) {
            String player = players.get(i);
            String opponent = sampler().sample(player, players, random);
            boolean swap = random.nextBoolean();
            String first = swap ? opponent : player;
            String second = swap ? player : opponent;
            long id = (long) round * players.size() + i;
            matches.add(new MatchSpec(id, round, new String[] {first, second},
                    new long[] {versions.get(first), versions.get(second)}, random.nextLong()));
        }
        return matches;
    }
}
