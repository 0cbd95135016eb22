package dev.league.scenarios.predatorprey;

import static dev.league.scenarios.Checks.require;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.GameSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Predator-prey with a miscoordination penalty: the relative-overgeneralization benchmark of DICG
 * (Li, Gupta, Morton, Kochenderfer 2021, after Böhmer et al. 2020). Optional fields default to the
 * DICG paper's setting (in parentheses).
 *
 * @param gridSize side of the square grid (10)
 * @param predators controlled agents, one team (8)
 * @param prey randomly moving prey (8)
 * @param penalty reward when exactly one predator is next to a prey: the prey escapes (-1.5; P in
 *     the paper, swept over 0, -1, -1.25, -1.5), <= 0
 * @param captureReward reward when at least {@code captureNeighbours} predators are next to a prey,
 *     which is then captured (10)
 * @param captureNeighbours predators needed to capture (2)
 * @param stepCost reward added every step (-0.1), <= 0
 * @param episodeLimit steps (200)
 * @param vision half-width of each predator's square view (2 = a 5 x 5 window)
 */
public record PredatorPreySpec(
        Integer gridSize,
        Integer predators,
        Integer prey,
        Double penalty,
        Double captureReward,
        Integer captureNeighbours,
        Double stepCost,
        Integer episodeLimit,
        Integer vision) implements GameSpec {

    public static final String TYPE = "predator-prey";

    public PredatorPreySpec {
        gridSize = gridSize == null ? 10 : gridSize;
        predators = predators == null ? 8 : predators;
        prey = prey == null ? 8 : prey;
        penalty = penalty == null ? -1.5 : penalty;
        captureReward = captureReward == null ? 10.0 : captureReward;
        captureNeighbours = captureNeighbours == null ? 2 : captureNeighbours;
        stepCost = stepCost == null ? -0.1 : stepCost;
        episodeLimit = episodeLimit == null ? 200 : episodeLimit;
        vision = vision == null ? 2 : vision;
        require(gridSize >= 3 && gridSize <= 256, "game.gridSize must be in 3..256, was %s", gridSize);
        require(predators >= 1 && predators <= 64, "game.predators must be in 1..64, was %s", predators);
        require(prey >= 1 && prey <= 64, "game.prey must be in 1..64, was %s", prey);
        require(predators + prey <= gridSize * gridSize, "game.predators + game.prey must fit the %sx%s grid, were %s",
                gridSize, gridSize, predators + prey);
        require(penalty <= 0, "game.penalty must be <= 0, was %s", penalty);
        require(captureReward > 0, "game.captureReward must be > 0, was %s", captureReward);
        require(captureNeighbours >= 1 && captureNeighbours <= 4, "game.captureNeighbours must be in 1..4, was %s",
                captureNeighbours);
        require(stepCost <= 0, "game.stepCost must be <= 0, was %s", stepCost);
        require(episodeLimit >= 1 && episodeLimit <= 100_000, "game.episodeLimit must be in 1..100000, was %s", episodeLimit);
        require(vision >= 0 && vision <= 16, "game.vision must be in 0..16, was %s", vision);
    }

    /** Observation length: own position (2) + a (2v+1)^2 window of 2 channels (predators, prey). */
    int observationSize() {
        int window = 2 * vision + 1;
        return 2 + 2 * window * window;
    }

    @Override
    public EnvironmentSpec environmentSpec(String scenarioName) {
        List<Integer> teams = new ArrayList<>();
        for (int i = 0; i < predators; i++) {
            teams.add(0);
        }
        return new EnvironmentSpec(scenarioName, teams, observationSize(), 2 * gridSize * gridSize,
                PredatorPrey.ACTIONS, episodeLimit);
    }

    @Override
    public Simulation newSimulation(ScenarioSpec scenario) {
        return new PredatorPrey(this, environmentSpec(scenario.name()));
    }
}
