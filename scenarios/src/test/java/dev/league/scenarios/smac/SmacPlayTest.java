package dev.league.scenarios.smac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.ScenarioTraces;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.ScriptedOpponent;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SmacPlayTest {

    static ScenarioSpec map(String name) {
        return Scenarios.load(Path.of("smac", name + ".yaml"));
    }

    /** Team 0 by {@code first}, team 1 by {@code second}; returns team 0's score (win 1, draw 0.5) over episodes. */
    static double scriptedScore(ScenarioSpec scenario, String first, String second, int episodes) {
        Smac smac = (Smac) scenario.newSimulation();
        ScriptedOpponent team0 = smac.scriptedOpponent(first);
        ScriptedOpponent team1 = smac.scriptedOpponent(second);
        int[] actions = new int[smac.agents()];
        SplittableRandom random = new SplittableRandom(77);
        double score = 0;
        for (int episode = 0; episode < episodes; episode++) {
            smac.reset(episode);
            while (!smac.terminated() && !smac.truncated()) {
                team0.act(0, actions, 0, random);
                team1.act(1, actions, 0, random);
                smac.step(actions, 0);
            }
            EpisodeOutcome outcome = smac.outcome();
            score += outcome.winnerTeam() == 0 ? 1 : outcome.isDraw() ? 0.5 : 0;
        }
        return score / episodes;
    }

    @Test
    void mirrorMap_scriptedVersusItself_winsAboutHalf() {
        double score = scriptedScore(map("3m"), "medium", "medium", 300);

        assertThat(score).isBetween(0.4, 0.6);
    }

    @Test
    void mirrorHeterogeneousMap_scriptedVersusItself_winsAboutHalf() {
        double score = scriptedScore(map("2s3z"), "hard", "hard", 200);

        assertThat(score).isBetween(0.35, 0.65);
    }

    @Test
    void hardScript_beatsEasyScript() {
        assertThat(scriptedScore(map("3m"), "hard", "easy", 100)).isGreaterThan(0.7);
        assertThat(scriptedScore(map("3m"), "easy", "hard", 100)).isLessThan(0.3);
    }

    @Test
    void scriptedAttacker_beatsRandomActions() {
        Smac smac = (Smac) map("3m").newSimulation();
        ScriptedOpponent scripted = smac.scriptedOpponent("medium");
        EnvironmentSpec spec = smac.spec();
        boolean[] masks = new boolean[spec.agents() * spec.actions()];
        float[] observations = new float[spec.agents() * spec.observationSize()];
        float[] state = new float[spec.stateSize()];
        int[] actions = new int[spec.agents()];
        SplittableRandom random = new SplittableRandom(5);
        int wins = 0;
        for (int episode = 0; episode < 50; episode++) {
            smac.reset(episode);
            while (!smac.terminated() && !smac.truncated()) {
                smac.observe(observations, 0, state, 0, masks, 0);
                for (int agent = 3; agent < 6; agent++) {
                    actions[agent] = ScenarioTraces.randomAvailable(masks, agent * spec.actions(), spec.actions(), random);
                }
                scripted.act(0, actions, 0, random);
                smac.step(actions, 0);
            }
            wins += smac.outcome().winnerTeam() == 0 ? 1 : 0;
        }
        assertThat(wins).isGreaterThanOrEqualTo(45);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3m", "MMM2", "2s3z", "bane_vs_bane", "2c_vs_64zg", "5m_vs_6m"})
    void randomPlay_neverBreaksAnInvariant(String name) {
        ScenarioSpec scenario = map(name);
        Smac smac = (Smac) scenario.newSimulation();
        EnvironmentSpec spec = smac.spec();
        int n = spec.agents();
        int a = spec.actions();
        boolean[] masks = new boolean[n * a];
        float[] observations = new float[n * spec.observationSize()];
        float[] state = new float[spec.stateSize()];
        float[] rewards = new float[n];
        int[] actions = new int[n];
        SplittableRandom random = new SplittableRandom(11);
        for (int episode = 0; episode < 4; episode++) {
            smac.reset(100 + episode);
            while (!smac.terminated() && !smac.truncated()) {
                smac.observe(observations, 0, state, 0, masks, 0);
                for (int u = 0; u < n; u++) {
                    int available = 0;
                    for (int action = 0; action < a; action++) {
                        available += masks[u * a + action] ? 1 : 0;
                        assertThat(masks[u * a + action]).isEqualTo(smac.available(u, action));
                    }
                    assertThat(available).isPositive();
                    assertThat(masks[u * a + Smac.NO_OP]).isEqualTo(!smac.alive(u));
                    actions[u] = random.nextInt(4) == 0
                            ? firstTarget(masks, u * a, a, random)
                            : ScenarioTraces.randomAvailable(masks, u * a, a, random);
                }
                for (float value : observations) {
                    assertThat(Float.isFinite(value) && value >= -1.5f && value <= 1.5f).isTrue();
                }
                smac.step(actions, 0);
                smac.rewards(rewards, 0);
                for (int u = 0; u < n; u++) {
                    assertThat(smac.health(u)).isBetween(0.0, smac.maxHealth(u));
                    assertThat(smac.shield(u)).isGreaterThanOrEqualTo(0.0);
                    assertThat(smac.x(u)).isBetween(0.0, 32.0);
                    assertThat(smac.y(u)).isBetween(0.0, 32.0);
                    assertThat(rewards[u]).isGreaterThanOrEqualTo(0f);
                    assertThat(smac.alive(u)).isEqualTo(smac.health(u) > 0);
                }
            }
            EpisodeOutcome outcome = smac.outcome();
            assertThat(outcome.steps()).isLessThanOrEqualTo(spec.episodeLimit());
            for (int side = 0; side < 2; side++) {
                int dead = 0;
                for (int u = smac.firstOfTeam(side); u < smac.firstOfTeam(side) + smac.teamSize(side); u++) {
                    dead += smac.alive(u) ? 0 : 1;
                }
                assertThat(outcome.frags()[1 - side]).isLessThanOrEqualTo(dead);
            }
        }
    }

    /** Prefer an attack (or heal) when one is available, to get fights going in random play. */
    private static int firstTarget(boolean[] masks, int offset, int actions, SplittableRandom random) {
        for (int action = Smac.FIRST_TARGET; action < actions; action++) {
            if (masks[offset + action]) {
                return action;
            }
        }
        return ScenarioTraces.randomAvailable(masks, offset, actions, random);
    }

    @Test
    void batchedTrajectories_identicalAcrossBatchSizes() {
        for (String name : new String[] {"3m", "MMM"}) {
            ScenarioSpec scenario = map(name);
            var alone = ScenarioTraces.traceOfFirstCopy(scenario, 1, 150);
            assertThat(ScenarioTraces.traceOfFirstCopy(scenario, 5, 150)).as(name).isEqualTo(alone);
        }
    }

    @Test
    void episodes_endAtTheMapLimit_atTheLatest() {
        Smac smac = (Smac) map("3m").newSimulation();
        smac.reset(1);
        int[] stop = new int[smac.agents()];
        java.util.Arrays.fill(stop, Smac.STOP);
        int steps = 0;
        while (!smac.terminated() && !smac.truncated()) {
            smac.step(stop, 0);
            steps++;
        }
        assertThat(steps).isEqualTo(60);
        assertThat(smac.truncated()).isTrue();
        assertThat(smac.outcome().isDraw()).isTrue();
    }
}
