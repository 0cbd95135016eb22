package dev.league.scenarios.predatorprey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.ScenarioTraces;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.ScriptedOpponent;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class PredatorPreyTest {

    /** 5x5 grid, 2 predators, 1 prey, penalty -1.5. */
    private static PredatorPrey small(int prey) {
        PredatorPreySpec spec = new PredatorPreySpec(5, 2, prey, -1.5, 10.0, 2, -0.1, 20, 1);
        PredatorPrey game = (PredatorPrey) new ScenarioSpec("pp", 1, spec).newSimulation();
        game.reset(1);
        return game;
    }

    private static float reward(PredatorPrey game) {
        float[] rewards = new float[2];
        game.rewards(rewards, 0);
        assertThat(rewards[0]).isEqualTo(rewards[1]);
        return rewards[0];
    }

    @Test
    void twoPredatorsNextToPrey_capture_forTheCaptureReward() {
        PredatorPrey game = small(1);
        game.place(new int[] {11, 13}, new int[] {12});   // predators left and right of the prey (row 2)

        game.step(new int[] {0, 0}, 0);

        assertThat(reward(game)).isCloseTo(10 - 0.1f, within(1e-6f));
        assertThat(game.captures()).isEqualTo(1);
        assertThat(game.terminated()).isTrue();
        assertThat(game.outcome().winnerTeam()).isZero();
    }

    @Test
    void onePredatorNextToPrey_isPenalised_andThePreySurvives() {
        PredatorPrey game = small(1);
        game.place(new int[] {11, 0}, new int[] {12});

        game.step(new int[] {0, 0}, 0);

        assertThat(reward(game)).isCloseTo(-1.5f - 0.1f, within(1e-6f));
        assertThat(game.captures()).isZero();
        assertThat(game.terminated()).isFalse();
    }

    @Test
    void movesIntoOccupiedCellsOrOffTheGrid_stayPut() {
        PredatorPrey game = small(1);
        game.place(new int[] {0, 1}, new int[] {24});
        float[] state = new float[2 * 25];

        game.step(new int[] {3, 3}, 0);   // both move left: 0 is at the edge, 1 is blocked by 0
        game.observe(new float[2 * game.spec().observationSize()], 0, state, 0, new boolean[10], 0);

        assertThat(state[0]).isEqualTo(1f);
        assertThat(state[1]).isEqualTo(1f);
    }

    @Test
    void observation_windowShowsNeighbours() {
        PredatorPrey game = small(1);
        game.place(new int[] {12, 13}, new int[] {17});
        float[] observations = new float[2 * game.spec().observationSize()];

        game.observe(observations, 0, new float[50], 0, new boolean[10], 0);

        // predator 0 at (2, 2), vision 1: a 3x3 window; predator 1 at (3, 2) -> window (2, 1); prey at (2, 3) -> window (1, 2)
        assertThat(observations[0]).isEqualTo(2f / 5);
        assertThat(observations[2 + 1 * 3 + 2]).isEqualTo(1f);
        assertThat(observations[2 + 9 + 2 * 3 + 1]).isEqualTo(1f);
    }

    @Test
    void greedyPredators_captureMoreThanRandomOnes() {
        ScenarioSpec scenario = Scenarios.load(Path.of("predator-prey", "penalty-0.yaml"));
        PredatorPrey game = (PredatorPrey) scenario.newSimulation();
        ScriptedOpponent greedy = game.scriptedOpponent("greedy");
        int[] actions = new int[8];
        SplittableRandom random = new SplittableRandom(3);
        int greedyCaptures = 0;
        int randomCaptures = 0;
        for (int episode = 0; episode < 10; episode++) {
            game.reset(episode);
            while (!game.terminated() && !game.truncated()) {
                greedy.act(0, actions, 0, random);
                game.step(actions, 0);
            }
            greedyCaptures += game.captures();
            game.reset(episode);
            while (!game.terminated() && !game.truncated()) {
                for (int i = 0; i < 8; i++) {
                    actions[i] = random.nextInt(5);
                }
                game.step(actions, 0);
            }
            randomCaptures += game.captures();
        }
        assertThat(greedyCaptures).isGreaterThan(randomCaptures);
    }

    @Test
    void batchedTrajectories_identicalAcrossBatchSizes() {
        ScenarioSpec scenario = Scenarios.load(Path.of("predator-prey", "penalty-1.5.yaml"));

        assertThat(ScenarioTraces.traceOfFirstCopy(scenario, 4, 250))
                .isEqualTo(ScenarioTraces.traceOfFirstCopy(scenario, 1, 250));
    }
}
