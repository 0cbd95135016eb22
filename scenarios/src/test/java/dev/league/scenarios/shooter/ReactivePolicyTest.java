package dev.league.scenarios.shooter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.ScriptedOpponent;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whether the #10 shooter target (a member beats {@code hard} in at least 60% of duels) is within
 * reach of what a member sees and does: a hand-written memoryless policy that reads only one
 * agent's observation vector [D] (the ray strip and the measurements, no positions of others) and
 * acts through the same flat actions and masks as a trained policy.
 */
final class ReactivePolicyTest {

    private static final ScenarioSpec DUEL = Arenas.shipped("duel");
    /** The shipped duel's turn bins, degrees (duel.yaml, player.turnDegrees). */
    private static final double[] TURNS = {-30, -10, -3, 0, 3, 10, 30};
    /** The shipped strip: 21 rays over 90 degrees, ray r at 45 - 4.5 r degrees from the heading (left first), 20 units deep. */
    private static final int RAYS = 21;
    private static final double RAY_SPACING = 4.5;
    private static final double RAY_DEPTH = 20;

    /**
     * Turns to the nearest enemy seen in the ray strip, fires when it lies on the central rays,
     * and strafes the whole time (switching side every {@code strafePeriod} steps); with no enemy
     * in sight it walks forward and turns away from near walls.
     */
    static final class ReactivePolicy {
        private final Shooter game;
        private final int strafePeriod;
        private final double slack;
        private final float[] observation;
        private final float[] state;
        private final boolean[] masks;

        ReactivePolicy(Shooter game, int strafePeriod, double slack) {
            this.game = game;
            this.strafePeriod = strafePeriod;
            this.slack = slack;
            this.observation = new float[game.n * DUEL.environmentSpec().observationSize()];
            this.state = new float[DUEL.environmentSpec().stateSize()];
            this.masks = new boolean[game.n * game.actions.count()];
        }

        int act(int player, int step) {
            game.observe(observation, 0, state, 0, masks, 0);
            int d = DUEL.environmentSpec().observationSize();
            int base = player * d;
            int m = base + RAYS * ShooterSpec.RAY_FEATURES;
            if (observation[m + Shooter.DEAD] > 0) {
                return game.noop;
            }
            double nearest = Double.MAX_VALUE;
            double sum = 0;
            int hits = 0;
            for (int r = 0; r < RAYS; r++) {
                int ray = base + r * ShooterSpec.RAY_FEATURES;
                if (observation[ray + 1 + Shooter.ENEMY] > 0) {
                    double distance = observation[ray];
                    if (distance < nearest - 0.05) {
                        nearest = distance;
                        sum = 0;
                        hits = 0;
                    }
                    if (distance < nearest + 0.05) {
                        sum += r;
                        hits++;
                    }
                }
            }
            int strafe = (step / strafePeriod) % 2 == 0 ? ShooterActions.STRAFE_LEFT : ShooterActions.STRAFE_RIGHT;
            if (hits == 0) {
                double ahead = observation[base + RAYS / 2 * ShooterSpec.RAY_FEATURES] * RAY_DEPTH;
                int turn = ahead < 2 ? bin(30) : bin(0);
                return game.actions.encode(ShooterActions.MOVE_FORWARD, ShooterActions.STRAFE_NONE, turn, 0);
            }
            double offset = RAY_SPACING * (RAYS / 2 - sum / hits);
            int turn = bin(offset);
            boolean ready = observation[m + Shooter.FIRE_READY] > 0;
            int fire = ready && Math.abs(offset) <= slack ? ShooterActions.FIRE_YES : ShooterActions.FIRE_NO;
            return game.actions.encode(ShooterActions.MOVE_NONE, strafe, turn, fire);
        }

        private int bin(double degrees) {
            int best = 0;
            for (int t = 1; t < TURNS.length; t++) {
                if (Math.abs(TURNS[t] - degrees) < Math.abs(TURNS[best] - degrees)) {
                    best = t;
                }
            }
            return best;
        }
    }

    /** Wins, draws and losses [3] of the reactive policy against {@code bot} in shipped duels, seats alternating. */
    private static int[] results(String bot, int games, int strafePeriod) {
        Shooter shooter = (Shooter) DUEL.newSimulation();
        ScriptedOpponent opponent = shooter.scriptedOpponent(bot);
        ReactivePolicy policy = new ReactivePolicy(shooter, strafePeriod, 2.5);
        SplittableRandom random = new SplittableRandom(77);
        int[] actions = new int[2];
        int[] results = new int[3];
        for (int game = 0; game < games; game++) {
            int seat = game % 2;
            shooter.reset(1000 + game);
            int step = 0;
            while (!shooter.truncated()) {
                actions[seat] = policy.act(seat, step++);
                opponent.act(1 - seat, actions, 0, random);
                shooter.step(actions, 0);
            }
            EpisodeOutcome outcome = shooter.outcome();
            results[outcome.isDraw() ? 1 : outcome.winnerTeam() == seat ? 0 : 2]++;
        }
        return results;
    }

    @Test
    void reactivePolicy_beatsEasyAndMedium_andHoldsItsOwnAgainstHard() {
        assertThat(results("easy", 100, 8)[0]).as("wins of 100 vs easy").isGreaterThanOrEqualTo(80);
        assertThat(results("medium", 100, 8)[0]).as("wins of 100 vs medium").isGreaterThanOrEqualTo(65);
        int[] hard = results("hard", 200, 8);
        System.out.printf("reactive policy vs hard, 200 duels: %d wins, %d draws, %d losses%n", hard[0], hard[1], hard[2]);
        assertThat(hard[0]).as("wins of 200 vs hard").isGreaterThanOrEqualTo(hard[2]);
    }

    @Test
    void standingStill_losesToHard_strafingIsWhatBeatsItsReactionDelay() {
        // the same policy with a strafe period longer than a match: it still aims and fires, but
        // strafes one way into walls; hard's aim at where the target was 2 steps ago then hits
        int[] steady = results("hard", 100, 10_000);
        int[] strafing = results("hard", 100, 8);
        System.out.printf("vs hard, 100 duels: strafing %s, not strafing %s (wins, draws, losses)%n",
                java.util.Arrays.toString(strafing), java.util.Arrays.toString(steady));
        assertThat(strafing[0]).as("wins with strafing vs without").isGreaterThan(steady[0] + 10);
    }
}
