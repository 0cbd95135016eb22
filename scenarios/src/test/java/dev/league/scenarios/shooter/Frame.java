package dev.league.scenarios.shooter;

import java.util.Arrays;

/** What one shooter copy shows after a reset or step: observations [N, D], state [S], masks [N, A], rewards [N]. */
final class Frame {

    final float[] observations;
    final float[] state;
    final boolean[] masks;
    final float[] rewards;
    private final Shooter shooter;
    private final int d;
    private final int a;

    Frame(Shooter shooter) {
        this.shooter = shooter;
        this.d = shooter.spec().observationSize();
        this.a = shooter.spec().actions();
        this.observations = new float[shooter.n * d];
        this.state = new float[shooter.spec().stateSize()];
        this.masks = new boolean[shooter.n * a];
        this.rewards = new float[shooter.n];
    }

    /** Steps with one action per player, then reads the copy. */
    Frame step(int... actions) {
        shooter.step(actions, 0);
        return read();
    }

    Frame read() {
        shooter.observe(observations, 0, state, 0, masks, 0);
        shooter.rewards(rewards, 0);
        return this;
    }

    float[] observation(int agent) {
        return Arrays.copyOfRange(observations, agent * d, (agent + 1) * d);
    }

    /** Measurement {@code index} (e.g. {@link Shooter#DEAD}) of an agent. */
    float measurement(int agent, int index) {
        return observations[agent * d + shooter.rayCount * ShooterSpec.RAY_FEATURES + index];
    }

    /** Normalized distance and what ray {@code ray} of an agent hit (index into the one-hot). */
    float rayDistance(int agent, int ray) {
        return observations[agent * d + ray * ShooterSpec.RAY_FEATURES];
    }

    int rayKind(int agent, int ray) {
        int base = agent * d + ray * ShooterSpec.RAY_FEATURES + 1;
        int kind = -1;
        for (int k = 0; k < ShooterSpec.RAY_FEATURES - 1; k++) {
            if (observations[base + k] == 1f) {
                if (kind >= 0) {
                    throw new AssertionError("ray " + ray + " of agent " + agent + " is not one-hot");
                }
                kind = k;
            }
        }
        return kind;
    }

    boolean mask(int agent, int action) {
        return masks[agent * a + action];
    }

    /** Allowed actions of an agent. */
    int allowed(int agent) {
        int count = 0;
        for (int action = 0; action < a; action++) {
            count += masks[agent * a + action] ? 1 : 0;
        }
        return count;
    }
}
