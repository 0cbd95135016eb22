package dev.league.flink.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.league.AgentSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class MatchRunnerTest {

    static ScenarioSpec smac3m() {
        return Scenarios.load(Path.of("..").resolve("scenarios/smac/3m.yaml"));
    }

    private static AgentFactory factory(ScenarioSpec scenario, String critic, String policy) {
        return new AgentFactory(scenario, AgentSpec.DEFAULTS.withCritic(critic, policy), 5e-4, 0.99);
    }

    @Test
    void playsEveryGameForTheWholeSegmentAndRecordsOnlyLearningSides() {
        ScenarioSpec scenario = smac3m();
        MatchRunner runner = new MatchRunner(scenario, 4, 60);
        SidePolicy member = factory(scenario, "local", "mlp").create(1).policy();
        MatchRunner.Played played = runner.play(7, new SidePolicy[] {member, null}, new String[] {null, "medium"},
                new boolean[] {true, false}, new SplittableRandom(3));

        assertThat(played.frames()).isEqualTo(4 * 60);
        assertThat(played.experiences()[1]).isNull();
        SideExperience e = played.experiences()[0];
        assertThat(e.games()).isEqualTo(4);
        assertThat(e.agents()).isEqualTo(3);
        assertThat(e.steps()).isEqualTo(60);
        // a segment as long as the episode limit finishes every game at least once
        assertThat(played.games()).extracting(MatchRunner.Game::copy).contains(0, 1, 2, 3);
        // every recorded action was available, and its log-probability is a real one
        int a = e.actionCount();
        for (int i = 0; i < e.samples(); i++) {
            assertThat(e.masks()[i * a + e.actions()[i]]).isTrue();
            assertThat(e.logProbabilities()[i]).isLessThanOrEqualTo(0f).isGreaterThan(Float.NEGATIVE_INFINITY);
        }
        long dones = 0;
        for (boolean done : e.dones()) {
            dones += done ? 1 : 0;
        }
        assertThat(dones).isEqualTo(played.games().size());
    }

    @Test
    void sameSeedSameMatch() {
        ScenarioSpec scenario = smac3m();
        SidePolicy member = factory(scenario, "local", "mlp").create(1).policy();
        MatchRunner.Played first = new MatchRunner(scenario, 3, 20).play(11, new SidePolicy[] {member, member},
                new String[2], new boolean[] {true, true}, new SplittableRandom(5));
        MatchRunner.Played second = new MatchRunner(scenario, 3, 20).play(11, new SidePolicy[] {member, member},
                new String[2], new boolean[] {true, true}, new SplittableRandom(5));
        assertThat(second.experiences()[1].actions()).isEqualTo(first.experiences()[1].actions());
        assertThat(second.experiences()[0].rewards()).isEqualTo(first.experiences()[0].rewards());
    }

    @Test
    void aSideNeedsExactlyOneController() {
        ScenarioSpec scenario = smac3m();
        MatchRunner runner = new MatchRunner(scenario, 1, 5);
        assertThatThrownBy(() -> runner.play(1, new SidePolicy[2], new String[2], new boolean[2], new SplittableRandom(1)))
                .hasMessageContaining("side 0 needs exactly one of a policy and a scripted opponent");
    }

    @Test
    void centralizedCriticsNeedEqualSides() {
        ScenarioSpec scenario = Scenarios.load(Path.of("..")
                .resolve("scenarios/smac/5m_vs_6m.yaml"));
        assertThatThrownBy(() -> factory(scenario, "maac", "mlp"))
                .hasMessageContaining("agent.critic 'maac' needs sides of equal size")
                .hasMessageContaining("[5, 6]");
        assertThat(factory(scenario, "local", "mlp").agents()).isEqualTo(6);
    }
}
