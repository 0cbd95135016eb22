package dev.league.scenarios.shooter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.scenarios.BatchedEnvironment;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.ScenarioTraces;
import dev.league.scenarios.ScriptedOpponent;
import dev.league.scenarios.Step;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shooter through the batched and single-episode APIs: determinism, masks, invariants, allocation. */
final class ShooterEnvironmentTest {

    /** Copy 0's observations, state, masks, rewards and done flags over {@code steps} steps, actions drawn per copy. */
    @Test
    void batch_sameSeed_sameTrajectory_whateverTheBatchSize() {
        for (String name : List.of("deathmatch-4", "duel-vision")) {
            ScenarioSpec scenario = Arenas.withMatchLength(Arenas.shipped(name), 60);
            List<Float> alone = ScenarioTraces.traceOfFirstCopy(scenario, 1, 150);

            assertThat(ScenarioTraces.traceOfFirstCopy(scenario, 4, 150)).as(name).isEqualTo(alone);
            assertThat(ScenarioTraces.traceOfFirstCopy(scenario, 9, 150)).as(name).isEqualTo(alone);
        }
    }

    @Test
    void batchCopy_matchesSingleEnvironmentWithTheEpisodeSeed() {
        ScenarioSpec scenario = Arenas.shipped("team-deathmatch-4v4");
        BatchedEnvironment batch = scenario.newBatch(3);
        batch.reset(9);
        Step step = scenario.newEnvironment().reset(BatchedEnvironment.episodeSeed(9, 2, 0));

        int s = batch.spec().stateSize();
        assertThat(Arrays.copyOfRange(batch.state(), 2 * s, 3 * s)).containsExactly(step.state());
    }

    @Test
    void environment_sameSeedAndActions_sameTrajectory() {
        ScenarioSpec scenario = Arenas.withMatchLength(Arenas.shipped("deathmatch-8"), 200);

        assertThat(play(scenario.newEnvironment(), 5)).isEqualTo(play(scenario.newEnvironment(), 5));
    }

    private static List<Float> play(MultiAgentEnvironment environment, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Float> trace = new ArrayList<>();
        Step step = environment.reset(seed);
        int[] actions = new int[environment.spec().agents()];
        while (!step.done()) {
            for (int agent = 0; agent < actions.length; agent++) {
                boolean[] mask = step.availableActions()[agent];
                actions[agent] = ScenarioTraces.randomAvailable(mask, 0, mask.length, random);
            }
            step = environment.step(actions);
            for (float x : step.state()) {
                trace.add(x);
            }
            for (float r : step.rewards()) {
                trace.add(r);
            }
        }
        return trace;
    }

    /**
     * Random legal actions (against hard bots) over many steps never break an invariant, every
     * masked-out action is refused without changing anything, and the rewards add up to the frags,
     * deaths and damage.
     */
    @Test
    void fuzz_randomActions_keepEveryInvariant() {
        fuzz(Arenas.withMatchLength(Arenas.shipped("deathmatch-8"), 400), 1600, 1);
        fuzz(Arenas.withMatchLength(Arenas.shipped("team-deathmatch-4v4"), 500), 1000, 2);
        fuzz(Arenas.withMatchLength(Arenas.shipped("duel-vision"), 300), 600, 3);
    }

    private static void fuzz(ScenarioSpec scenario, int steps, long seed) {
        ShooterSpec game = Arenas.game(scenario);
        Shooter shooter = (Shooter) scenario.newSimulation();
        int n = shooter.n;
        int a = shooter.spec().actions();
        SplittableRandom random = new SplittableRandom(seed);
        // hard bots play the first half of the teams, so kills, respawns and pickups happen
        int teams = shooter.spec().teams();
        ScriptedOpponent hard = shooter.scriptedOpponent("hard");
        Frame frame = new Frame(shooter);
        shooter.reset(seed);
        frame.read();
        int[] actions = new int[n];
        double[] returns = new double[n];
        int episodes = 0;
        int frags = 0;
        for (int t = 0; t < steps; t++) {
            for (int agent = 0; agent < n; agent++) {
                actions[agent] = ScenarioTraces.randomAvailable(frame.masks, agent * a, a, random);
            }
            for (int team = 0; team < teams / 2; team++) {
                hard.act(team, actions, 0, random);
            }
            for (int agent = 0; agent < n; agent++) {
                assertThat(frame.mask(agent, actions[agent])).as("bot action allowed").isTrue();
            }
            tryAMaskedOutAction(shooter, frame, actions, random);

            frame.step(actions);
            for (int agent = 0; agent < n; agent++) {
                returns[agent] += frame.rewards[agent];
            }
            assertInvariants(shooter, game, frame);
            if (shooter.truncated()) {
                EpisodeOutcome outcome = shooter.outcome();
                assertThat(sum(outcome.frags())).isEqualTo(sum(shooter.deaths));
                frags += sum(outcome.frags());
                if (!ShooterSpec.TEAM_DEATHMATCH.equals(game.mode())) {
                    for (int agent = 0; agent < n; agent++) {
                        double expected = game.rewards().frag() * shooter.frags[agent]
                                + game.rewards().death() * shooter.deaths[agent]
                                + game.rewards().damage() * outcome.damage()[agent];
                        assertThat(returns[agent]).as("return of %s", agent).isCloseTo(expected, within(1e-3));
                    }
                }
                Arrays.fill(returns, 0);
                episodes++;
                shooter.reset(seed + 1000 + t);
                frame.read();
            }
        }
        assertThat(episodes).isEqualTo(steps / game.matchLength());
        assertThat(frags).as("%s: kills happened", scenario.name()).isPositive();
    }

    /** A masked-out action, if the state has one, is refused with nothing changed. */
    private static void tryAMaskedOutAction(Shooter shooter, Frame frame, int[] actions, SplittableRandom random) {
        int agent = random.nextInt(shooter.n);
        int a = shooter.spec().actions();
        int start = random.nextInt(a);
        for (int k = 0; k < a; k++) {
            int action = (start + k) % a;
            if (!frame.mask(agent, action)) {
                int legal = actions[agent];
                actions[agent] = action;
                float[] before = frame.state.clone();
                assertThatThrownBy(() -> shooter.step(actions, 0)).isInstanceOf(IllegalArgumentException.class);
                actions[agent] = legal;
                frame.read();
                assertThat(frame.state).containsExactly(before);
                return;
            }
        }
    }

    private static void assertInvariants(Shooter shooter, ShooterSpec game, Frame frame) {
        for (int i = 0; i < shooter.n; i++) {
            assertThat(shooter.health[i]).isBetween(0, game.player().health());
            assertThat(shooter.ammo[i]).isBetween(0, game.weapon().capacity());
            assertThat(shooter.cooldown[i]).isBetween(0, game.weapon().cooldown() - 1);
            assertThat(shooter.alive[i]).isEqualTo(shooter.health[i] > 0);
            if (shooter.alive[i]) {
                assertThat(shooter.respawnTimer[i]).isZero();
                assertThat(game.arena().free(shooter.x[i], shooter.y[i], game.player().radius()))
                        .as("player %s at (%s, %s) inside the arena and outside walls", i, shooter.x[i], shooter.y[i])
                        .isTrue();
            } else {
                assertThat(shooter.respawnTimer[i]).isBetween(1, game.respawnDelay());
                assertThat(frame.allowed(i)).isEqualTo(1);
            }
        }
        assertThat(sum(shooter.frags)).isEqualTo(sum(shooter.deaths));
        for (float x : frame.observations) {
            assertThat(x).isBetween(-1f, 1f);
        }
        for (float x : frame.state) {
            assertThat(Float.isFinite(x)).isTrue();
        }
    }

    private static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }

    /** step, observe, rewards, reset and the bots allocate nothing once warm. */
    @Test
    void simulationAndBots_allocateNothingPerStep() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String name : List.of("deathmatch-8", "duel-vision")) {
            ScenarioSpec scenario = Arenas.withMatchLength(Arenas.shipped(name), 300);
            Shooter shooter = (Shooter) scenario.newSimulation();
            Frame frame = new Frame(shooter);
            ScriptedOpponent[] bots = new ScriptedOpponent[shooter.n];
            for (int i = 0; i < shooter.n; i++) {
                bots[i] = shooter.scriptedOpponent(shooter.scriptedOpponents().get(i % 4));
            }
            SplittableRandom random = new SplittableRandom(1);
            int[] actions = new int[shooter.n];
            long[] seed = {0};
            Runnable run = () -> {
                for (int t = 0; t < 3000; t++) {
                    if (shooter.truncated()) {
                        shooter.reset(seed[0]++);
                    }
                    for (int i = 0; i < shooter.n; i++) {
                        bots[i].act(shooter.team[i], actions, 0, random);
                    }
                    shooter.step(actions, 0);
                    shooter.observe(frame.observations, 0, frame.state, 0, frame.masks, 0);
                    shooter.rewards(frame.rewards, 0);
                }
            };
            run.run(); // warm up
            long before = threads.getCurrentThreadAllocatedBytes();
            run.run();
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            assertThat(allocated).as("%s: bytes allocated over 3000 steps", name).isLessThan(1024);
        }
    }
}
