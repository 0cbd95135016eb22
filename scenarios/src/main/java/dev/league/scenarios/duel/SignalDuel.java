package dev.league.scenarios.duel;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScriptedOpponent;
import dev.league.scenarios.Simulation;
import java.util.Arrays;
import java.util.List;
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
 *
 * <p>Scripted opponents: {@code random} (uniform answers) and {@code oracle} (always right).
 */
final class SignalDuel implements Simulation {

    private static final int PLAYERS = 2;
    static final String RANDOM = "random";
    static final String ORACLE = "oracle";

    private final EnvironmentSpec spec;
    /** Hidden answer matrix, shape [A, D]. */
    private final float[][] answer;

    private SplittableRandom episodeRandom;
    private final float[] signal;
    private final float[] scores = new float[PLAYERS];
    private final float[] lastRewards = new float[PLAYERS];
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
        this.signal = new float[spec.observationSize()];
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public void reset(long seed) {
        episodeRandom = new SplittableRandom(seed);
        Arrays.fill(scores, 0f);
        Arrays.fill(lastRewards, 0f);
        steps = 0;
        over = false;
        drawSignal();
    }

    @Override
    public void step(int[] actions, int offset) {
        if (over) {
            throw new IllegalStateException("episode is over: call reset(seed) before step()");
        }
        for (int i = 0; i < PLAYERS; i++) {
            int action = actions[offset + i];
            if (action < 0 || action >= spec.actions()) {
                throw new IllegalArgumentException("actions[" + i + "] must be in 0.." + (spec.actions() - 1) + ", was " + action);
            }
        }
        int right = correctAction(signal);
        boolean first = actions[offset] == right;
        boolean second = actions[offset + 1] == right;
        lastRewards[0] = first == second ? 0f : first ? 1f : -1f;
        lastRewards[1] = -lastRewards[0];
        scores[0] += first ? 1 : 0;
        scores[1] += second ? 1 : 0;
        steps++;
        if (steps >= spec.episodeLimit()) {
            over = true;
        } else {
            drawSignal();
        }
    }

    @Override
    public void observe(float[] observations, int observationOffset, float[] state, int stateOffset, boolean[] masks,
            int maskOffset) {
        int size = signal.length;
        System.arraycopy(signal, 0, observations, observationOffset, size);
        System.arraycopy(signal, 0, observations, observationOffset + size, size);
        System.arraycopy(signal, 0, state, stateOffset, size);
        Arrays.fill(masks, maskOffset, maskOffset + PLAYERS * spec.actions(), true);
    }

    @Override
    public void rewards(float[] rewards, int offset) {
        rewards[offset] = lastRewards[0];
        rewards[offset + 1] = lastRewards[1];
    }

    @Override
    public boolean terminated() {
        return false;
    }

    @Override
    public boolean truncated() {
        return over;
    }

    @Override
    public EpisodeOutcome outcome() {
        if (!over) {
            throw new IllegalStateException("episode is not over");
        }
        int winner = scores[0] > scores[1] ? 0 : scores[1] > scores[0] ? 1 : EpisodeOutcome.DRAW;
        return new EpisodeOutcome(scores.clone(), winner, steps);
    }

    @Override
    public List<String> scriptedOpponents() {
        return List.of(RANDOM, ORACLE);
    }

    @Override
    public ScriptedOpponent scriptedOpponent(String name) {
        return switch (name) {
            case RANDOM -> (team, actions, offset, random) -> actions[offset + team] = random.nextInt(spec.actions());
            case ORACLE -> (team, actions, offset, random) -> actions[offset + team] = correctAction(signal);
            default -> Simulation.super.scriptedOpponent(name);
        };
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
        for (int d = 0; d < signal.length; d++) {
            signal[d] = (float) gaussian(episodeRandom);
        }
    }

    /** Standard normal by Box-Muller; SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
