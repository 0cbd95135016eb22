package dev.league.scenarios;

import java.util.List;

/**
 * One multi-agent episode at a time: the convenient API for rollouts, evaluation and tests. It
 * allocates a {@link Step} per call; the allocation-free path for many copies is
 * {@link BatchedEnvironment}. Both drive the same {@link Simulation}.
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

    /** Names of the scenario's built-in scripted opponents, weakest first. */
    List<String> scriptedOpponents();

    /** A scripted controller bound to this environment; see {@link ScriptedOpponent}. */
    ScriptedOpponent scriptedOpponent(String name);

    /** The environment over a simulation copy. */
    static MultiAgentEnvironment of(Simulation simulation) {
        return new SimulationEnvironment(simulation);
    }
}
