package dev.league.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class LeagueSpecTest {

    @Test
    void nulls_takeDefaults() {
        assertThat(new LeagueSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)).isEqualTo(LeagueSpec.DEFAULTS);
    }

    @Test
    void badValue_namesFieldValueAndRule() {
        assertThatThrownBy(() -> LeagueSpec.DEFAULTS.withMembers(1))
                .hasMessage("league.members must be in 2..1024, was 1");
        assertThatThrownBy(() -> LeagueSpec.DEFAULTS.withBaselineMatches(0))
                .hasMessage("league.baselineMatches must be in 1..64, was 0");
        assertThat(LeagueSpec.DEFAULTS.withBaselineMatches(3).baselineMatches()).isEqualTo(3);
        assertThat(LeagueSpec.DEFAULTS.withBaselines(java.util.List.of("easy", "hard")).withBaselineMatches(3)
                .baselineMatchesPerMember()).isEqualTo(6);
    }

    @Test
    void initialPopulation_hasDistinctMainMembersAtVersionZero() {
        Population population = Population.initial(LeagueSpec.DEFAULTS.withMembers(3));

        assertThat(population.ids()).containsExactly("m0", "m1", "m2");
        assertThat(population.members()).allSatisfy(member -> {
            assertThat(member.version()).isZero();
            assertThat(member.role()).isEqualTo(Member.MAIN);
            assertThat(member.hyperparameters().get(Hyperparameters.LEARNING_RATE)).isEqualTo(5e-4);
        });
    }
}
