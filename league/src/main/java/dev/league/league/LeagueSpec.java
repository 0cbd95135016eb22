package dev.league.league;

import dev.league.league.pbt.PbtSpec;
import dev.league.matchmaking.MatchmakingSpec;

/**
 * The league configuration (the {@code --league} YAML). Every field is optional in the file;
 * {@link #DEFAULTS} lists the defaults in one place.
 *
 * @param members population size, 2..1024 (default 4)
 * @param rounds matchmaking rounds; each round every member plays one match (default 40)
 * @param roundsPerSecond matchmaker pace, 0.1..1000 (default 4)
 * @param parallelism Flink parallelism of rollouts and learners, 1..256 (default 2)
 * @param learningRate initial learning rate of every member, (0, 10] (default 0.05)
 * @param discount the learners' discount factor gamma, in [0, 1] (default 0.99)
 * @param seed the run's master seed (default 1)
 * @param pbt population-based training (default {@link PbtSpec#DEFAULTS})
 * @param matchmaking opponent sampling, league roles, snapshots and the rating system, Elo K
 *     included (default {@link MatchmakingSpec#DEFAULTS}: uniform opponents, Elo K 32)
 */
public record LeagueSpec(
        Integer members,
        Integer rounds,
        Double roundsPerSecond,
        Integer parallelism,
        Double learningRate,
        Double discount,
        Long seed,
        PbtSpec pbt,
        MatchmakingSpec matchmaking) implements java.io.Serializable {

    public static final LeagueSpec DEFAULTS = new LeagueSpec(4, 40, 4.0, 2, 0.05, 0.99, 1L, PbtSpec.DEFAULTS, MatchmakingSpec.DEFAULTS);

    public LeagueSpec {
        members = members == null ? 4 : members;
        rounds = rounds == null ? 40 : rounds;
        roundsPerSecond = roundsPerSecond == null ? 4.0 : roundsPerSecond;
        parallelism = parallelism == null ? 2 : parallelism;
        learningRate = learningRate == null ? 0.05 : learningRate;
        discount = discount == null ? 0.99 : discount;
        seed = seed == null ? 1L : seed;
        pbt = pbt == null ? PbtSpec.DEFAULTS : pbt;
        matchmaking = matchmaking == null ? MatchmakingSpec.DEFAULTS : matchmaking;
        check(members >= 2 && members <= 1024, "league.members must be in 2..1024, was %s", members);
        check(rounds >= 1 && rounds <= 10_000_000, "league.rounds must be in 1..10000000, was %s", rounds);
        check(roundsPerSecond >= 0.1 && roundsPerSecond <= 1000,
                "league.roundsPerSecond must be in 0.1..1000, was %s", roundsPerSecond);
        check(parallelism >= 1 && parallelism <= 256, "league.parallelism must be in 1..256, was %s", parallelism);
        check(learningRate > 0 && learningRate <= 10, "league.learningRate must be in (0, 10], was %s", learningRate);
        check(discount >= 0 && discount <= 1, "league.discount must be in [0, 1], was %s", discount);
    }

    private static void check(boolean condition, String template, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(template, value));
        }
    }

    public LeagueSpec withMembers(int value) {
        return new LeagueSpec(value, rounds, roundsPerSecond, parallelism, learningRate, discount, seed, pbt, matchmaking);
    }

    public LeagueSpec withRounds(int value) {
        return new LeagueSpec(members, value, roundsPerSecond, parallelism, learningRate, discount, seed, pbt, matchmaking);
    }

    public LeagueSpec withParallelism(int value) {
        return new LeagueSpec(members, rounds, roundsPerSecond, value, learningRate, discount, seed, pbt, matchmaking);
    }

    public LeagueSpec withSeed(long value) {
        return new LeagueSpec(members, rounds, roundsPerSecond, parallelism, learningRate, discount, value, pbt, matchmaking);
    }

    public LeagueSpec withPbt(PbtSpec value) {
        return new LeagueSpec(members, rounds, roundsPerSecond, parallelism, learningRate, discount, seed, value, matchmaking);
    }

    public LeagueSpec withMatchmaking(MatchmakingSpec value) {
        return new LeagueSpec(members, rounds, roundsPerSecond, parallelism, learningRate, discount, seed, pbt, value);
    }

    public LeagueSpec withRoundsPerSecond(double value) {
        return new LeagueSpec(members, rounds, value, parallelism, learningRate, discount, seed, pbt, matchmaking);
    }
}
