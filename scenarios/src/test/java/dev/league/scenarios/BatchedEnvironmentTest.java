package dev.league.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BatchedEnvironmentTest {

    private final ScenarioSpec scenario = ScenarioSpec.tinySignalDuel();

    @Test
    void sameSeed_sameTrajectory_whateverTheBatchSize() {
        List<Float> alone = ScenarioTraces.traceOfFirstCopy(scenario, 1, 100);

        assertThat(ScenarioTraces.traceOfFirstCopy(scenario, 7, 100)).isEqualTo(alone);
        assertThat(ScenarioTraces.traceOfFirstCopy(scenario, 32, 100)).isEqualTo(alone);
    }

    @Test
    void finishedCopies_resetAutomatically_withOutcomeOfTheEndedEpisode() {
        BatchedEnvironment batch = scenario.newBatch(3);
        batch.reset(1);
        int[] actions = new int[6];
        int episodesEnded = 0;
        for (int t = 0; t < 32 * 3; t++) {
            batch.step(actions);
            for (int c = 0; c < 3; c++) {
                if (batch.done()[c]) {
                    episodesEnded++;
                    assertThat(batch.outcome(c).steps()).isEqualTo(32);
                } else {
                    assertThat(batch.outcome(c)).isNull();
                }
            }
        }

        assertThat(episodesEnded).isEqualTo(9);
        assertThat(batch.episode(0)).isEqualTo(3);
    }

    @Test
    void batchCopy_matchesSingleEnvironmentWithTheEpisodeSeed() {
        BatchedEnvironment batch = scenario.newBatch(4);
        batch.reset(9);
        MultiAgentEnvironment single = scenario.newEnvironment();

        Step step = single.reset(BatchedEnvironment.episodeSeed(9, 2, 0));

        int width = 2 * 4;
        assertThat(Arrays.copyOfRange(batch.observations(), 2 * width, 3 * width))
                .containsExactly(concat(step.observations()));
    }

    @Test
    void step_wrongActionCount_isRejected() {
        BatchedEnvironment batch = scenario.newBatch(2);
        batch.reset(0);

        assertThatThrownBy(() -> batch.step(new int[3])).hasMessage("actions must have length B * N = 4, was 3");
    }

    private static float[] concat(float[][] rows) {
        int size = 0;
        for (float[] row : rows) {
            size += row.length;
        }
        float[] all = new float[size];
        int at = 0;
        for (float[] row : rows) {
            System.arraycopy(row, 0, all, at, row.length);
            at += row.length;
        }
        return all;
    }
}
