package dev.league.scenarios.duel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class SignalDuelTest {

    private final ScenarioSpec scenario = ScenarioSpec.tinySignalDuel();

    @Test
    void episode_sameSeedAndActions_sameTrajectory() {
        assertThat(play(scenario.newEnvironment(), 11, new SplittableRandom(1)))
                .isEqualTo(play(scenario.newEnvironment(), 11, new SplittableRandom(1)));
    }

    @Test
    void episode_differentSeeds_differentSignals() {
        MultiAgentEnvironment environment = scenario.newEnvironment();

        float[] first = environment.reset(1).state();
        float[] second = environment.reset(2).state();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void episode_endsAfterEpisodeLength_withOutcomeAndZeroSumRewards() {
        MultiAgentEnvironment environment = scenario.newEnvironment();
        environment.reset(5);
        SplittableRandom random = new SplittableRandom(9);
        Step step = null;
        float total0 = 0;
        for (int t = 0; t < 32; t++) {
            assertThat(step == null || !step.done()).isTrue();
            step = environment.step(new int[] {random.nextInt(3), random.nextInt(3)});
            assertThat(step.rewards()[0] + step.rewards()[1]).isZero();
            total0 += step.rewards()[0];
        }

        assertThat(step.truncated()).isTrue();
        assertThat(step.outcome().steps()).isEqualTo(32);
        float[] scores = step.outcome().teamScores();
        assertThat(total0).isEqualTo(scores[0] - scores[1]);
        int expectedWinner = scores[0] > scores[1] ? 0 : scores[1] > scores[0] ? 1 : -1;
        assertThat(step.outcome().winnerTeam()).isEqualTo(expectedWinner);
    }

    @Test
    void oracle_beatsRandomPlayer() {
        MultiAgentEnvironment environment = scenario.newEnvironment();
        var oracle = environment.scriptedOpponent("oracle");
        var randomPlayer = environment.scriptedOpponent("random");
        SplittableRandom random = new SplittableRandom(3);
        int oracleWins = 0;
        int[] actions = new int[2];
        for (int episode = 0; episode < 20; episode++) {
            Step step = environment.reset(episode);
            while (!step.done()) {
                oracle.act(0, actions, 0, random);
                randomPlayer.act(1, actions, 0, random);
                step = environment.step(actions);
            }
            oracleWins += step.outcome().winnerTeam() == 0 ? 1 : 0;
        }

        assertThat(oracleWins).isEqualTo(20);
    }

    @Test
    void step_afterEnd_orBadAction_isRejected() {
        MultiAgentEnvironment environment =
                new ScenarioSpec("one-step", 1, new SignalDuelSpec(2, 2, 1)).newEnvironment();
        environment.reset(0);

        assertThatThrownBy(() -> environment.step(new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actions[1] must be in 0..1, was 2");
        environment.step(new int[] {0, 1});
        assertThatThrownBy(() -> environment.step(new int[] {0, 1})).isInstanceOf(IllegalStateException.class);
    }

    private static List<Float> play(MultiAgentEnvironment environment, long seed, SplittableRandom random) {
        List<Float> trace = new ArrayList<>();
        Step step = environment.reset(seed);
        while (!step.done()) {
            for (float x : step.state()) {
                trace.add(x);
            }
            step = environment.step(new int[] {random.nextInt(3), random.nextInt(3)});
            trace.add(step.rewards()[0]);
        }
        return trace;
    }
}
