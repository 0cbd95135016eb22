package dev.league.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class EpisodeOutcomeTest {

    @Test
    void ranks_tiesShareRank() {
        EpisodeOutcome outcome = new EpisodeOutcome(new float[] {3, 5, 3, 1}, 1, 10);

        assertThat(outcome.ranks()).containsExactly(2, 1, 2, 4);
    }

    @Test
    void environmentSpec_teamsCountedFromAgents() {
        EnvironmentSpec spec = ScenarioSpec.tinySignalDuel().environmentSpec();

        assertThat(spec.agents()).isEqualTo(2);
        assertThat(spec.teams()).isEqualTo(2);
        assertThat(spec.team(1)).isEqualTo(1);
    }
}
