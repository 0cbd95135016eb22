package dev.league.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class BatchedEnvironmentTest {

    private final ScenarioSpec scenario = ScenarioSpec.tinySignalDuel();

    /** Copy 0's observations and rewards over {@code steps} steps, with actions drawn per copy. */
    static List<Float> traceOfFirstCopy(ScenarioSpec scenario, int copies, int steps) {
        BatchedEnvironment batch = scenario.newBatch(copies);
        EnvironmentSpec spec = batch.spec();
        int n = spec.agents();
        int a = spec.actions();
        SplittableRandom[] randoms = new SplittableRandom[copies];
        for (int c = 0; c < copies; c++) {
            randoms[c] = new SplittableRandom(1000 + c);
        }
        batch.reset(42);
        int[] actions = new int[copies * n];
        List<Float> trace = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < spec.observationSize() * n; i++) {
                trace.add(batch.observations()[i]);
            }
            for (int c = 0; c < copies; c++) {
                for (int agent = 0; agent < n; agent++) {
                    actions[c * n + agent] = randomAvailable(batch.masks(), (c * n + agent) * a, a, randoms[c]);
                }
            }
            batch.step(actions);
            for (int agent = 0; agent < n; agent++) {
                trace.add(batch.rewards()[agent]);
            }
            trace.add(batch.done()[0] ? 1f : 0f);
        }
        return trace;
    }

    static int randomAvailable(boolean[] masks, int offset, int actions, SplittableRandom random) {
        int available = 0;
        for (int i = 0; i < actions; i++) {
            available += masks[offset + i] ? 1 : 0;
        }
        int choice = random.nextInt(available);
        for (int i = 0; i < actions; i++) {
            if (masks[offset + i] && choice-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Test
    void sameSeed_sameTrajectory_whateverTheBatchSize() {
        List<Float> alone = traceOfFirstCopy(scenario, 1, 100);

        assertThat(traceOfFirstCopy(scenario, 7, 100)).isEqualTo(alone);
        assertThat(traceOfFirstCopy(scenario, 32, 100)).isEqualTo(alone);
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
