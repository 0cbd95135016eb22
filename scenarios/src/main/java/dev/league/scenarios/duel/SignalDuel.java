package dev.league.scenarios.duel;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.Step;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A zero-sum two-player guessing game, small enough to learn in seconds and rich enough that a
 * better policy wins more often.
 *
 * <p>The scenario seed fixes a hidden matrix M of shape [A, D]. Each step both players see the
 * same signal x ~ N(0, I_D) and answer with an action; the right answer is argmax(M x). A player
 * that is right while its opponent is wrong scores a point (+1 reward, opponent -1). After
 * {@code episodeLength} steps the higher score wins; equal scores draw. A linear softmax policy can
 * represent the optimum, so policy-gradient learners improve measurably.
 */
final class SignalDuel implements MultiAgentEnvironment {

    private static final int PLAYERS = 2;

    private final EnvironmentSpec spec;
    /** Hidden answer matrix, shape [A, D]. */
    private final float[][] answer;

    private SplittableRandom episodeRandom;
    private float[] signal;
    private final float[] scores = new float[PLAYERS];
    private int steps;
    private boolean over = true;

    SignalDuel(EnvironmentSpec spec, long scenarioSeed) {
        this.spec = spec;
        SplittableRandom random = new SplittableRandom(scenarioSeed);
        this.answer = new float[spec.actions()][spec.observationSize()];
        for (float[] row : answer) {
            for (int d = 0; d < row.length; d++) {
                row[d] = (float) gaussian(random);
            }
        }
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public Step reset(long seed) {
        episodeRandom = new SplittableRandom(seed);
        Arrays.fill(scores, 0f);
        steps = 0;
        over = false;
        drawSignal();
        return observe(new float[PLAYERS], false, null);
    }

    @Override
    public Step step(int[] actions) {
        if (over) {
            throw new IllegalStateException("episode is over: call reset(seed) before step()");
        }
        if (actions == null || actions.length != PLAYERS) {
            throw new IllegalArgumentException("actions must have length " + PLAYERS + ", was "
                    + (actions == null ? "null" : actions.length));
        }
        for (int i = 0; i < PLAYERS; i++) {
            if (actions[i] < 0 || actions[i] >= spec.actions()) {
                throw new IllegalArgumentException(
                        "actions[" + i + "] must be in 0.." + (spec.actions() - 1) + ", was " + actions[i]);
            }
        }
        int right = correctAction(signal);
        boolean first = actions[0] == right;
        boolean second = actions[1] == right;
        float[] rewards = new float[PLAYERS];
        if (first && !second) {
            rewards[0] = 1f;
            rewards[1] = -1f;
        } else if (second && !first) {
            rewards[0] = -1f;
            rewards[1] = 1f;
        }
        scores[0] += first ? 1 : 0;
        scores[1] += second ? 1 : 0;
        steps++;
        boolean truncated = steps >= spec.episodeLimit();
        EpisodeOutcome outcome = null;
        if (truncated) {
            over = true;
            int winner = scores[0] > scores[1] ? 0 : scores[1] > scores[0] ? 1 : EpisodeOutcome.DRAW;
            outcome = new EpisodeOutcome(scores.clone(), winner, steps);
        } else {
            drawSignal();
        }
        return observe(rewards, truncated, outcome);
    }

    /** The right answer for a signal: argmax over rows of M x. */
    int correctAction(float[] x) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < answer.length; a++) {
            double value = 0;
            for (int d = 0; d < x.length; d++) {
                value += answer[a][d] * x[d];
            }
            if (value > bestValue) {
                bestValue = value;
                best = a;
            }
        }
        return best;
    }

    private void drawSignal() {
        signal = new float[spec.observationSize()];
        for (int d = 0; d < signal.length; d++) {
            signal[d] = (float) gaussian(episodeRandom);
        }
    }

    private Step observe(float[] rewards, boolean truncated, EpisodeOutcome outcome) {
        float[][] observations = {signal.clone(), signal.clone()};
        boolean[][] masks = new boolean[PLAYERS][spec.actions()];
        for (boolean[] mask : masks) {
            Arrays.fill(mask, true);
        }
        return new Step(observations, signal.clone(), masks, rewards, false, truncated, outcome);
    }

    /** Standard normal by Box-Muller; SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
