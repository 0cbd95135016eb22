package dev.league.scenarios;

/**
 * One multi-agent episode at a time: the single API every simulator implements and every
 * consumer (rollouts, evaluation, tests) drives.
 *
 * <p>Shapes use N = {@link EnvironmentSpec#agents()}, D = {@link EnvironmentSpec#observationSize()},
 * S = {@link EnvironmentSpec#stateSize()}, A = {@link EnvironmentSpec#actions()}. Each agent belongs
 * to one team ({@link EnvironmentSpec#team(int)}); self-play puts a different policy, or a scripted
 * opponent, in charge of each team.
 *
 * <p>Implementations are not thread-safe and are deterministic: the same seed and the same
 * actions give the same trajectory.
 */
public interface MultiAgentEnvironment {

    /** Static description of spaces and teams; never changes during the environment's life. */
    EnvironmentSpec spec();

    /** Starts a new episode; the returned step has zero rewards and is never terminal. */
    Step reset(long seed);

    /**
     * Advances one step.
     *
     * @param actions one action per agent, shape [N]; dead agents must pass an available action
     *     (their mask allows exactly the no-op)
     * @throws IllegalArgumentException if an action is out of range or masked out
     * @throws IllegalStateException if the episode is over and {@link #reset(long)} was not called
     */
    Step step(int[] actions);
}
