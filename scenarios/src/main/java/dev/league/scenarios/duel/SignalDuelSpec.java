package dev.league.scenarios.duel;

import static dev.league.scenarios.Checks.require;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.GameSpec;
import dev.league.scenarios.Simulation;
import dev.league.scenarios.ScenarioSpec;
import java.util.List;

/**
 * The signal duel: the tiny built-in two-player game of the walking skeleton (see
 * {@link SignalDuel}).
 *
 * @param observationSize D, length of the signal both players see each step (1..64)
 * @param actions A, number of possible answers (2..16)
 * @param episodeLength steps per episode (1..10000)
 */
public record SignalDuelSpec(int observationSize, int actions, int episodeLength) implements GameSpec {

    public static final String TYPE = "signal-duel";

    public SignalDuelSpec {
        require(observationSize >= 1 && observationSize <= 64,
                "game.observationSize must be in 1..64, was %s", observationSize);
        require(actions >= 2 && actions <= 16, "game.actions must be in 2..16, was %s", actions);
        require(episodeLength >= 1 && episodeLength <= 10_000,
                "game.episodeLength must be in 1..10000, was %s", episodeLength);
    }

    @Override
    public EnvironmentSpec environmentSpec(String scenarioName) {
        return new EnvironmentSpec(scenarioName, List.of(0, 1), observationSize, observationSize, actions, episodeLength);
    }

    @Override
    public Simulation newSimulation(ScenarioSpec scenario) {
        return new SignalDuel(environmentSpec(scenario.name()), scenario.seed());
    }
}
