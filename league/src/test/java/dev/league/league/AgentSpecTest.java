package dev.league.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class AgentSpecTest {

    @Test
    void actionHead_defaultsToFactorized_andNamesTheAllowedValues() {
        assertThat(AgentSpec.DEFAULTS.actionHead()).isEqualTo(AgentSpec.FACTORIZED);
        assertThat(head("flat").actionHead()).isEqualTo(AgentSpec.FLAT);
        assertThat(head("flat").withRollout(4, 10).actionHead()).isEqualTo(AgentSpec.FLAT);
        assertThatThrownBy(() -> head("joint"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent.actionHead must be one of [factorized, flat], was 'joint'");
    }

    @Test
    void updateSteps_defaultsToTheWholeSegment_andIsBounded() {
        assertThat(AgentSpec.DEFAULTS.updateSteps()).isZero();
        assertThatThrownBy(() -> new AgentSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, -1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent.updateSteps must be in 0..10000 (0 = the whole segment), was -1");
        assertThatThrownBy(() -> new AgentSpec("maac", null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, 100, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent.updateSteps 100 needs agent.critic local (APPO); the other learners ignore it, was 'maac'");
        assertThat(AgentSpec.DEFAULTS.withCritic("maac", "mlp").updateSteps()).isZero();
    }

    @Test
    void normalizeAdvantages_isOffByDefault_andOnlyForAppo() {
        assertThat(AgentSpec.DEFAULTS.normalizeAdvantages()).isFalse();
        assertThat(new AgentSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                true).normalizeAdvantages()).isTrue();
        assertThatThrownBy(() -> new AgentSpec("maac", null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent.normalizeAdvantages needs agent.critic local (APPO); the other learners ignore it, was 'maac'");
    }

    private static AgentSpec head(String value) {
        return new AgentSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, value, null, null);
    }
}
