package dev.league.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.league.LeagueSpec;
import dev.league.scenarios.yaml.StrictYaml;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The configuration files shipped in the repository load, and say what the code does. */
final class ShippedConfigsTest {

    @Test
    void defaultLeagueFile_equalsTheDefaultsInCode() {
        LeagueSpec shipped = StrictYaml.read(Path.of("..", "leagues", "default.yaml"), LeagueSpec.class);

        assertThat(shipped).isEqualTo(LeagueSpec.DEFAULTS);
    }

    @Test
    void pbtDemoLeagueFile_loads() {
        LeagueSpec demo = StrictYaml.read(Path.of("..", "leagues", "pbt-demo.yaml"), LeagueSpec.class);

        assertThat(demo.members()).isEqualTo(6);
        assertThat(demo.pbt().intervalFrames()).isEqualTo(320);
        assertThat(demo.pbt().hyperparameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.kind()).isEqualTo("log-uniform");
            assertThat(parameter.factors()).containsExactly(0.8, 1.2);
        });
    }

    @Test
    void badHyperparameterKind_isRejectedWithFileLineAndRule() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("league", ".yaml");
        java.nio.file.Files.writeString(file, "pbt:\n  hyperparameters:\n    - {name: lr, kind: gaussian, min: 0.1, max: 1}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictYaml.read(file, LeagueSpec.class))
                .hasMessageContaining(file + ":")
                .hasMessageContaining("pbt.hyperparameters.lr.kind must be one of [log-uniform, uniform, integer, categorical], was 'gaussian'");
    }

    @Test
    void emptyLeagueFile_meansDefaults() {
        assertThat(StrictYaml.parse("inline", "{}", LeagueSpec.class)).isEqualTo(LeagueSpec.DEFAULTS);
    }
}
