package dev.league.evaluation;

import dev.league.agents.policy.Policy;
import dev.league.matchmaking.MatchResult;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Step;
import dev.league.scenarios.ScriptedOpponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
     * Plays every pairing of two-sided matches on the calling thread.
     *
     * @param players policy per player id (iteration order = schedule order)
     * @param progress told the number of games finished so far after each game
     */
    public List<MatchResult> roundRobin(Map<String, Policy> players, IntConsumer progress) {
        Map<String, Contestant> contestants = new LinkedHashMap<>();
        players.forEach((id, policy) -> contestants.put(id, Contestant.policy(policy)));
        return play(contestants, pairings(contestants.size(), 0), 1, progress);
    }

    /**
     * The pairings (a, b), a < b, of {@code players} players in schedule order: all of them, or a
     * seeded sample of {@code sample} of them when 0 < sample < all.
     */
    public List<int[]> pairings(int players, int sample) {
        if (sample < 0) {
            throw new IllegalArgumentException("tournament.sample must be >= 0 (0 = every pairing), was " + sample);
        }
        List<int[]> all = new ArrayList<>();
        for (int a = 0; a < players; a++) {
            for (int b = a + 1; b < players; b++) {
                all.add(new int[] {a, b});
            }
        }
        if (sample == 0 || sample >= all.size()) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] swap = all.get(i);
            all.set(i, all.get(j));
            all.set(j, swap);
        }
        List<int[]> chosen = new ArrayList<>(all.subList(0, sample));
        chosen.sort(Comparator.<int[]>comparingInt(pair -> pair[0]).thenComparingInt(pair -> pair[1]));
        return chosen;
    }

    /**
     * Plays {@code gamesPerPair} games of each pairing, half with each player on side 0, on
     * {@code threads} threads. Game k of the schedule has match id k and seed
     * {@code seed * 1_000_003 + k}, and every game starts from a fresh reset and random stream, so
     * the log is the same for any number of threads.
     *
     * @param players contestant per player id (iteration order = player index of {@code pairings})
     * @param pairings pairs of player indices, from {@link #pairings}
     * @param threads worker threads, >= 1
     * @param progress told the number of games finished so far after each game (calls are serialized)
     * @return the results in schedule order
     */
    public List<MatchResult> play(Map<String, Contestant> players, List<int[]> pairings, int threads,
            IntConsumer progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("tournament.threads must be >= 1, was " + threads);
        }
        List<String> ids = new ArrayList<>(players.keySet());
        MultiAgentEnvironment probe = scenario.newEnvironment();
        if (probe.spec().teams() != 2) {
            throw new IllegalArgumentException("round robin needs a two-sided scenario, '" + scenario.name() + "' has "
                    + probe.spec().teams() + " teams");
        }
        players.forEach((id, contestant) -> {
            if (contestant.scripted() != null && !probe.scriptedOpponents().contains(contestant.scripted())) {
                throw new IllegalArgumentException("tournament player '" + id + "': scenario '" + scenario.name()
                        + "' has no scripted opponent '" + contestant.scripted() + "' (it has " + probe.scriptedOpponents() + ")");
            }
        });
        MatchResult[] results = new MatchResult[pairings.size() * gamesPerPair];
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tournament");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int p = 0; p < pairings.size(); p++) {
                int pairing = p;
                tasks.add(pool.submit(() -> {
                    MultiAgentEnvironment environment = scenario.newEnvironment();
                    String first = ids.get(pairings.get(pairing)[0]);
                    String second = ids.get(pairings.get(pairing)[1]);
                    for (int game = 0; game < gamesPerPair; game++) {
                        int matchId = pairing * gamesPerPair + game;
                        String[] sides = game % 2 == 0 ? new String[] {first, second} : new String[] {second, first};
                        results[matchId] = play(environment, matchId, sides,
                                new Contestant[] {players.get(sides[0]), players.get(sides[1])}, seed * 1_000_003L + matchId);
                        int finished = done.incrementAndGet();
                        synchronized (progressLock) {
                            progress.accept(finished);
                        }
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tournament interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("tournament game failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    /** Total games {@link #roundRobin} plays for {@code players} players. */
    public int games(int players) {
        return players * (players - 1) / 2 * gamesPerPair;
    }

    /** Games per pairing. */
    public int gamesPerPair() {
        return gamesPerPair;
    }

    /** Plays one episode: side t's agents act by {@code contestants[t]}. */
    public static MatchResult play(MultiAgentEnvironment environment, long matchId, String[] players,
            Contestant[] contestants, long seed) {
        EnvironmentSpec spec = environment.spec();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Step step = environment.reset(seed);
        ScriptedOpponent[] scripted = new ScriptedOpponent[contestants.length];
        for (int t = 0; t < contestants.length; t++) {
            if (contestants[t].scripted() != null) {
                scripted[t] = environment.scriptedOpponent(contestants[t].scripted());
            }
        }
        int[] actions = new int[spec.agents()];
        int[][] teamAgents = new int[contestants.length][];
        for (int t = 0; t < contestants.length; t++) {
            final int team = t;
            teamAgents[t] = java.util.stream.IntStream.range(0, spec.agents()).filter(agent -> spec.team(agent) == team).toArray();
        }
        while (!step.done()) {
            // one call per side with all of its agents, in slot order: a shared actor tells them apart by row
            for (int t = 0; t < contestants.length; t++) {
                Policy policy = contestants[t].policy();
                if (policy == null) {
                    continue;
                }
                int[] agents = teamAgents[t];
                float[][] observations = new float[agents.length][];
                boolean[][] masks = new boolean[agents.length][];
                for (int i = 0; i < agents.length; i++) {
                    observations[i] = step.observations()[agents[i]];
                    masks[i] = step.availableActions()[agents[i]];
                }
                int[] chosen = policy.act(observations, masks, random);
                for (int i = 0; i < agents.length; i++) {
                    actions[agents[i]] = chosen[i];
                }
            }
            for (int t = 0; t < scripted.length; t++) {
                if (scripted[t] != null) {
                    scripted[t].act(t, actions, 0, random);
                }
            }
            step = environment.step(actions);
        }
        return new MatchResult(matchId, players, new long[players.length], step.outcome().ranks(), step.outcome().steps());
    }

    /** Plays one episode: side t's agents act by {@code policies[t]}. */
    public static MatchResult play(MultiAgentEnvironment environment, long matchId, String[] players, Policy[] policies,
            long seed) {
        Contestant[] contestants = new Contestant[policies.length];
        for (int t = 0; t < policies.length; t++) {
            contestants[t] = Contestant.policy(policies[t]);
        }
        return play(environment, matchId, players, contestants, seed);
    }
}
