package dev.league.scenarios;

import static dev.league.scenarios.Checks.require;

import dev.league.scenarios.duel.SignalDuelSpec;

/**
 * A scenario file: a name, a seed for everything the scenario draws once (maps, hidden
 * parameters), and the game with its own settings.
 *
 * <pre>
 * name: tiny-signal-duel
 * seed: 7
 * game:
 *   type: signal-duel
 *   observationSize: 4
 *   actions: 3
 *   episodeLength: 32
 * </pre>
 *
 * @param name scenario name, used in run directories and reports
 * @param seed seed of the scenario's fixed randomness (not of episodes)
 * @param game the game and its settings; {@code type} selects it
 */
public record ScenarioSpec(String name, long seed, GameSpec game) implements java.io.Serializable {

    public ScenarioSpec {
        require(name != null && name.matches("[A-Za-z0-9_.-]+"),
                "scenario.name must match [A-Za-z0-9_.-]+, was '%s'", name);
        require(game != null, "scenario.game is required (allowed types: %s)", GameSpec.TYPES);
    }

    /** Builds a fresh environment of this scenario. */
    public MultiAgentEnvironment newEnvironment() {
        return MultiAgentEnvironment.of(newSimulation());
    }

    /** Builds a fresh allocation-free simulation copy of this scenario. */
    public Simulation newSimulation() {
        return game.newSimulation(this);
    }

    /** {@code copies} simulations stepped together; see {@link BatchedEnvironment}. */
    public BatchedEnvironment newBatch(int copies) {
        return new BatchedEnvironment(this, copies);
    }

    /** The spaces of this scenario, without building an environment. */
    public EnvironmentSpec environmentSpec() {
        return game.environmentSpec(name);
    }

    /** The default scenario for the walking skeleton and smoke runs. */
    public static ScenarioSpec tinySignalDuel() {
        return new ScenarioSpec("tiny-signal-duel", 7, new SignalDuelSpec(4, 3, 32));
    }
}
