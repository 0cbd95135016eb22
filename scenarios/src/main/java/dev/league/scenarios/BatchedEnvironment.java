package dev.league.scenarios;

import java.util.Arrays;

/**
 * Many copies of one scenario stepped together into preallocated structure-of-arrays buffers, in
 * the manner of Large Batch Simulation (Shacklett et al., ICLR 2021): observations [B, N, D],
 * state [B, S], masks [B, N, A], rewards [B, N], done [B]. Nothing is allocated per step except an
 * {@link EpisodeOutcome} when a copy's episode ends.
 *
 * <p>Finished copies reset automatically: after a step that ends copy c's episode,
 * {@link #rewards()} and {@link #done()} describe that last transition, {@link #outcome(int)} its
 * result, and the observation buffers already hold the first observation of c's next episode.
 *
 * <p>Seeds: episode k of copy c starts with {@link #episodeSeed(long, int, long)}, independent of
 * the batch size, so copy c follows the same trajectory in a batch of 1 or of 1,000 given the same
 * actions.
 */
public final class BatchedEnvironment {

    private final Simulation[] copies;
    private final EnvironmentSpec spec;
    private final int n;
    private final int d;
    private final int s;
    private final int a;

    private final float[] observations;
    private final float[] state;
    private final boolean[] masks;
    private final float[] rewards;
    private final boolean[] done;
    private final EpisodeOutcome[] outcomes;
    private final long[] episodes;
    private long seed;

    /** {@code copies} fresh simulations of {@code scenario}. */
    public BatchedEnvironment(ScenarioSpec scenario, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("batch.copies must be >= 1, was " + copies);
        }
        this.copies = new Simulation[copies];
        for (int c = 0; c < copies; c++) {
            this.copies[c] = scenario.newSimulation();
        }
        this.spec = this.copies[0].spec();
        this.n = spec.agents();
        this.d = spec.observationSize();
        this.s = spec.stateSize();
        this.a = spec.actions();
        this.observations = new float[copies * n * d];
        this.state = new float[copies * s];
        this.masks = new boolean[copies * n * a];
        this.rewards = new float[copies * n];
        this.done = new boolean[copies];
        this.outcomes = new EpisodeOutcome[copies];
        this.episodes = new long[copies];
    }

    public EnvironmentSpec spec() {
        return spec;
    }

    /** B, the number of copies. */
    public int copies() {
        return copies.length;
    }

    /** The seed of copy {@code copy}'s episode number {@code episode} under the batch seed {@code seed}. */
    public static long episodeSeed(long seed, int copy, long episode) {
        return mix(mix(seed + 0x9E3779B97F4A7C15L * (copy + 1)) + 0xBF58476D1CE4E5B9L * (episode + 1));
    }

    /** Resets every copy (episode 0 of each) and writes their first observations. */
    public void reset(long batchSeed) {
        this.seed = batchSeed;
        Arrays.fill(episodes, 0);
        Arrays.fill(rewards, 0f);
        Arrays.fill(done, false);
        Arrays.fill(outcomes, null);
        for (int c = 0; c < copies.length; c++) {
            copies[c].reset(episodeSeed(seed, c, 0));
            observe(c);
        }
    }

    /**
     * Steps every copy with its agents' actions, {@code actions[c * N + agent]}; copies whose episode
     * ends are reset to their next episode.
     */
    public void step(int[] actions) {
        if (actions.length != copies.length * n) {
            throw new IllegalArgumentException("actions must have length B * N = " + copies.length * n + ", was "
                    + actions.length);
        }
        for (int c = 0; c < copies.length; c++) {
            Simulation copy = copies[c];
            copy.step(actions, c * n);
            copy.rewards(rewards, c * n);
            boolean finished = copy.terminated() || copy.truncated();
            done[c] = finished;
            if (finished) {
                outcomes[c] = copy.outcome();
                copy.reset(episodeSeed(seed, c, ++episodes[c]));
            } else {
                outcomes[c] = null;
            }
            observe(c);
        }
    }

    private void observe(int c) {
        copies[c].observe(observations, c * n * d, state, c * s, masks, c * n * a);
    }

    /** Observations, shape [B, N, D], row-major. Live buffer: read, do not keep. */
    public float[] observations() {
        return observations;
    }

    /** Global states, shape [B, S]. */
    public float[] state() {
        return state;
    }

    /** Action masks, shape [B, N, A]. */
    public boolean[] masks() {
        return masks;
    }

    /** Rewards of the last step, shape [B, N]. */
    public float[] rewards() {
        return rewards;
    }

    /** Whether each copy's episode ended at the last step, shape [B]. */
    public boolean[] done() {
        return done;
    }

    /** The outcome of copy c's episode that ended at the last step, or {@code null}. */
    public EpisodeOutcome outcome(int copy) {
        return outcomes[copy];
    }

    /** Episodes copy c has started (its current episode number). */
    public long episode(int copy) {
        return episodes[copy];
    }

    /** The simulation of one copy, e.g. to bind a scripted opponent to it. */
    public Simulation copy(int copy) {
        return copies[copy];
    }

    /** SplitMix64 finalizer (Steele, Lea, Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
