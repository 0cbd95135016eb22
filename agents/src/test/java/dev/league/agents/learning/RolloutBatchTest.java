package dev.league.agents.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RolloutBatchTest {

    /** T = 5 steps, R = 2 rows, D = 3, A = 2; every value encodes its (t, r, ·) position. */
    private static RolloutBatch batch(float[] hidden) {
        int steps = 5;
        int rows = 2;
        float[] observations = new float[(steps + 1) * rows * 3];
        for (int i = 0; i < observations.length; i++) {
            observations[i] = i;
        }
        boolean[] masks = new boolean[steps * rows * 2];
        int[] actions = new int[steps * rows];
        float[] log = new float[steps * rows];
        float[] rewards = new float[steps * rows];
        boolean[] dones = new boolean[steps * rows];
        for (int i = 0; i < steps * rows; i++) {
            masks[2 * i + i % 2] = true;
            actions[i] = i;
            log[i] = -i;
            rewards[i] = 10 * i;
            dones[i] = i % 3 == 0;
        }
        return new RolloutBatch(0, steps, new int[] {0, 1}, observations, masks, actions, log, rewards, dones, hidden);
    }

    @Test
    void slice_keepsItsStepsAndTheBootstrapObservationAfterThem() {
        RolloutBatch slice = batch(null).slice(2, 4);

        assertThat(slice.steps()).isEqualTo(2);
        assertThat(slice.rows()).isEqualTo(2);
        // observations of steps 2, 3 and the bootstrap after step 3 (step 4's): rows 2..4 of [T + 1, R, D]
        assertThat(slice.observations()).hasSize(3 * 2 * 3).startsWith(12f).endsWith(29f);
        assertThat(slice.actions()).containsExactly(4, 5, 6, 7);
        assertThat(slice.behaviourLogProbabilities()).containsExactly(-4f, -5f, -6f, -7f);
        assertThat(slice.rewards()).containsExactly(40f, 50f, 60f, 70f);
        assertThat(slice.dones()).containsExactly(false, false, true, false);
        assertThat(slice.masks()).containsExactly(true, false, false, true, true, false, false, true);
    }

    @Test
    void wholeSlice_equalsTheBatch() {
        RolloutBatch batch = batch(null);
        RolloutBatch whole = batch.slice(0, 5);

        assertThat(whole.observations()).containsExactly(batch.observations());
        assertThat(whole.masks()).containsExactly(batch.masks());
        assertThat(whole.actions()).containsExactly(batch.actions());
        assertThat(whole.rewards()).containsExactly(batch.rewards());
        assertThat(whole.dones()).containsExactly(batch.dones());
    }

    @Test
    void badSlices_areRejected() {
        assertThatThrownBy(() -> batch(null).slice(3, 3)).hasMessage("rollout slice must satisfy 0 <= from < to <= 5, was [3, 3)");
        assertThatThrownBy(() -> batch(null).slice(0, 6)).hasMessage("rollout slice must satisfy 0 <= from < to <= 5, was [0, 6)");
        assertThatThrownBy(() -> batch(new float[2]).slice(1, 3))
                .hasMessage("rollout slices need a feed-forward actor: the core's state at step 1 is not kept");
    }
}
