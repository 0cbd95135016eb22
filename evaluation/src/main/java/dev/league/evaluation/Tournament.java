package dev.league.evaluation;

import dev.league.agents.policy.Policy;
import dev.league.matchmaking.MatchResult;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Round-robin tournaments between fixed policies: every ordered pair of distinct players meets
 * {@code gamesPerPair / 2} times on each side, with seeds derived from {@code seed}, so the same
 * inputs give the same log.
 */
public final class Tournament {

    private final ScenarioSpec scenario;
    private final int gamesPerPair;
    private final long seed;

    public Tournament(ScenarioSpec scenario, int gamesPerPair, long seed) {
        if (gamesPerPair < 2 || gamesPerPair % 2 != 0) {
            throw new IllegalArgumentException("tournament.gamesPerPair must be even and >= 2, was " + gamesPerPair);
        }
        this.scenario = scenario;
        this.gamesPerPair = gamesPerPair;
        this.seed = seed;
    }

    /**
     * Plays every pairing of two-sided matches.
     *
     * @param players policy per player id (iteration order = schedule order)
     * @param progress told the number of games finished so far after each game
     */
    public List<MatchResult> roundRobin(Map<String, Policy> players, IntConsumer progress) {
        List<String> ids = new ArrayList<>(players.keySet());
        MultiAgentEnvironment environment = scenario.newEnvironment();
        if (environment.spec().teams() != 2) {
            throw new IllegalArgumentException("round robin needs a two-sided scenario, '" + scenario.name() + "' has "
                    + environment.spec().teams() + " teams");
        }
        List<MatchResult> results = new ArrayList<>();
        long matchId = 0;
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                for (int game = 0; game < gamesPerPair; game++) {
                    String[] sides = game % 2 == 0 ? new String[] {ids.get(a), ids.get(b)} : new String[] {ids.get(b), ids.get(a)};
                    long gameSeed = seed * 1_000_003L + matchId;
                    results.add(play(environment, matchId++, sides,
                            new Policy[] {players.get(sides[0]), players.get(sides[1])}, gameSeed));
                    progress.accept(results.size());
                }
            }
        }
        return results;
    }

    /** Total games {@link #roundRobin} plays for {@code players} players. */
    public int games(int players) {
        return players * (players - 1) / 2 * gamesPerPair;
    }

    /** Plays one episode: side t's agents act by {@code policies[t]}. */
    public static MatchResult play(MultiAgentEnvironment environment, long matchId, String[] players, Policy[] policies,
            long seed) {
        EnvironmentSpec spec = environment.spec();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Step step = environment.reset(seed);
        int[] actions = new int[spec.agents()];
        while (!step.done()) {
            for (int agent = 0; agent < spec.agents(); agent++) {
                Policy policy = policies[spec.team(agent)];
                actions[agent] = policy.act(new float[][] {step.observations()[agent]},
                        new boolean[][] {step.availableActions()[agent]}, random)[0];
            }
            step = environment.step(actions);
        }
        return new MatchResult(matchId, players, new long[players.length], step.outcome().ranks(), step.outcome().steps());
    }
}
