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
        assertThat(demo.pbt().intervalFrames()).isEqualTo(1024);
        assertThat(demo.pbt().hyperparameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.kind()).isEqualTo("log-uniform");
            assertThat(parameter.factors()).containsExactly(0.8, 1.2);
        });
    }

    @Test
    void everyShippedLeagueFile_loads_andFitsTheScenariosItIsShippedFor() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("..", "leagues"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                LeagueSpec league = StrictYaml.read(file, LeagueSpec.class);
                String name = file.getFileName().toString();
                String scenario = name.startsWith("compare-") ? "smac/8m" : name.startsWith("shooter") ? "shooter/deathmatch-4"
                        : name.startsWith("pbt-demo") || name.equals("default.yaml") ? null : "smac/3m";
                if (scenario != null) {
                    // the baselines exist and the critic fits the sides: what the job checks before it starts
                    dev.league.flink.job.LeagueJobSpec.checkBaselines(
                            dev.league.scenarios.Scenarios.load(Path.of("..", "scenarios", scenario + ".yaml")), league);
                    new dev.league.flink.training.AgentFactory(
                            dev.league.scenarios.Scenarios.load(Path.of("..", "scenarios", scenario + ".yaml")), league.agent(),
                            league.learningRate(), league.discount());
                }
            }
        }
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
