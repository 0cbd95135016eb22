package dev.league.flink.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.league.AgentSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class AgentFactoryTest {

    private static AgentFactory factory(String critic, String policy) {
        AgentSpec agent = AgentSpec.DEFAULTS.withCritic(critic, policy);
        agent = new AgentSpec(agent.critic(), agent.policy(), 16, 1, 4, 0, 1, null, null, null, null, null, 2_000, 32, 2, null, null, null);
        return new AgentFactory(MatchRunnerTest.smac3m(), agent, 1e-3, 0.99);
    }

    @ParameterizedTest
    @CsvSource({"local, mlp", "maac, mlp", "dicg, dicg-de", "dicg, dicg-ce", "mlp, mlp"})
    void learnsFromASegmentAndRestoresBitExactly(String critic, String policy) {
        AgentFactory factory = factory(critic, policy);
        MemberLearner learner = factory.create(3);
        byte[] before = learner.encode();
        MatchRunner runner = new MatchRunner(MatchRunnerTest.smac3m(), 4, 60);
        MatchRunner.Played played = runner.play(5, new SidePolicy[] {learner.policy(), null}, new String[] {null, "medium"},
                new boolean[] {true, false}, new SplittableRandom(9));

        MemberLearner.Update update = learner.learn(played.experiences()[0], Map.of("learningRate", 1e-3));

        assertThat(update.steps()).isPositive();
        assertThat(update.loss()).isFinite();
        byte[] after = learner.encode();
        assertThat(after).isNotEqualTo(before);
        // restoring the stored state and storing it again gives the same bytes (parameters, optimizers, targets)
        assertThat(factory.restore(after, 99).encode()).isEqualTo(after);
        // the acting network of the blob plays
        int[] actions = new int[3];
        SideExperience e = played.experiences()[0];
        factory.policy(after).act(java.util.Arrays.copyOf(e.observations(), 3 * e.observationSize()),
                java.util.Arrays.copyOf(e.masks(), 3 * e.actionCount()), 1, 3, actions, new float[3], new SplittableRandom(1));
        for (int i = 0; i < 3; i++) {
            assertThat(e.masks()[i * e.actionCount() + actions[i]]).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"local, factorized, '3, 3, 7, 2'", "maac, factorized, '3, 3, 7, 2'", "local, flat, 126"})
    void shooterActors_haveOneHeadPerActionComponent_unlessFlat(String critic, String head, String components) {
        ScenarioSpec teams = Scenarios.load(Path.of("..").resolve("scenarios/shooter/team-deathmatch-4v4.yaml"));
        AgentSpec agent = new AgentSpec(critic, "mlp", 16, 1, 2, 40, 1, null, null, null, null, null, 2_000, 32, 1, head, null, null);
        AgentFactory factory = new AgentFactory(teams, agent, 1e-3, 0.99);

        assertThat(factory.actorSpec().unitTypes().get(0).actionComponents())
                .containsExactlyElementsOf(java.util.Arrays.stream(components.split(",")).map(String::trim).map(Integer::valueOf).toList());
        // plays 4 v 4 within the masks, learns, and restores bit-exactly with that head
        MemberLearner learner = factory.create(3);
        MatchRunner runner = new MatchRunner(teams, 2, 40);
        MatchRunner.Played played = runner.play(5, new SidePolicy[] {learner.policy(), null}, new String[] {null, "easy"},
                new boolean[] {true, false}, new SplittableRandom(9));
        SideExperience e = played.experiences()[0];
        for (int row = 0; row < e.samples(); row++) {
            assertThat(e.masks()[row * e.actionCount() + e.actions()[row]]).isTrue();
        }
        learner.learn(e, Map.of());
        learner.learn(e, Map.of());
        byte[] after = learner.encode();
        assertThat(factory.restore(after, 99).encode()).isEqualTo(after);
    }

    @Test
    void appo_withUpdateSteps_takesOneAdamStepPerChunkAndEpoch() {
        AgentSpec agent = new AgentSpec("local", "mlp", 16, 1, 4, 0, 3, null, null, null, null, null, 2_000, 32, 2, null, 25, null);
        AgentFactory factory = new AgentFactory(MatchRunnerTest.smac3m(), agent, 1e-3, 0.99);
        MemberLearner learner = factory.create(3);
        MatchRunner runner = new MatchRunner(MatchRunnerTest.smac3m(), 4, 60);
        SideExperience e = runner.play(5, new SidePolicy[] {learner.policy(), null}, new String[] {null, "medium"},
                new boolean[] {true, false}, new SplittableRandom(9)).experiences()[0];

        // T = 60 steps in chunks of 25: 25, 25, 10 — three Adam steps in each of 3 epochs
        assertThat(AppoLearner.chunks(AppoLearner.batch(e), 25)).extracting(c -> c.steps()).containsExactly(25, 25, 10);
        assertThat(AppoLearner.chunks(AppoLearner.batch(e), 0)).extracting(c -> c.steps()).containsExactly(60);
        MemberLearner.Update update = learner.learn(e, Map.of());
        assertThat(update.steps()).isEqualTo(9);
        assertThat(update.loss()).isFinite();
        byte[] after = learner.encode();
        assertThat(factory.restore(after, 99).encode()).isEqualTo(after);
    }

    @Test
    void aBlobOfAnotherKindIsRejectedWithTheFieldToFix() {
        byte[] appo = factory("local", "mlp").initial(1);
        assertThatThrownBy(() -> factory("maac", "mlp").policy(appo))
                .hasMessageContaining("the weights hold a 'appo' agent")
                .hasMessageContaining("agent.critic");
        assertThatThrownBy(() -> factory("local", "mlp").policy(new byte[] {1, 2, 3}))
                .hasMessageContaining("not a League agent blob");
    }

    @Test
    void memberHyperparametersOverrideTheLeagueFile() {
        AgentFactory factory = factory("local", "mlp");
        assertThat(factory.learnerHyperparameters(Map.of()).learningRate()).isEqualTo(1e-3);
        assertThat(factory.learnerHyperparameters(Map.of("learningRate", 3e-4, "entropyCoefficient", 0.05)))
                .satisfies(hp -> {
                    assertThat(hp.learningRate()).isEqualTo(3e-4);
                    assertThat(hp.entropyCoefficient()).isEqualTo(0.05);
                    assertThat(hp.discount()).isEqualTo(0.99);
                });
    }

}
