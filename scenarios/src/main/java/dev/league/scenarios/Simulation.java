package dev.league.scenarios;

import java.util.List;

/**
 * One copy of a scenario, allocation-free: the simulator core that both
 * {@link MultiAgentEnvironment} (one copy, convenient) and {@link BatchedEnvironment} (many copies,
 * structure of arrays) drive. Implementations write into the caller's arrays at the given offsets
 * and must not allocate in {@link #step}, {@link #observe} or {@link #rewards}.
 *
 * <p>Shapes: N agents, D observation length, S state length, A actions (see {@link EnvironmentSpec}).
 */
public interface Simulation {

    EnvironmentSpec spec();

    /** Starts an episode; deterministic in {@code seed}. */
    void reset(long seed);

    /**
     * Advances one agent step with {@code actions[offset .. offset + N)}.
     *
     * @throws IllegalArgumentException if an action is out of range or masked out
     * @throws IllegalStateException if the episode is over
     */
    void step(int[] actions, int offset);

    /**
     * Writes per-agent observations [N, D] at {@code observationOffset}, the global state [S] at
     * {@code stateOffset} and the action masks [N, A] at {@code maskOffset}.
     */
    void observe(float[] observations, int observationOffset, float[] state, int stateOffset, boolean[] masks,
            int maskOffset);

    /** Writes the rewards [N] of the last transition at {@code offset} (zeros right after a reset). */
    void rewards(float[] rewards, int offset);

    /** The episode ended by the rules. */
    boolean terminated();

    /** The episode hit its step limit. */
    boolean truncated();

    /** The result of the finished episode; only valid once terminated or truncated. */
    EpisodeOutcome outcome();

    /** Names of the built-in scripted controllers, weakest first. */
    default List<String> scriptedOpponents() {
        return List.of();
    }

    /**
     * A scripted controller bound to this copy (it reads the copy's internal state).
     *
     * @throws IllegalArgumentException for a name not in {@link #scriptedOpponents()}
     */
    default ScriptedOpponent scriptedOpponent(String name) {
        throw new IllegalArgumentException("scripted opponent '" + name + "' is not known (allowed: "
                + scriptedOpponents() + ")");
    }
}
