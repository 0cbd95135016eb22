package dev.league.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.duel.SignalDuelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StrictYamlTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void load_validFile_givesRecord() throws Exception {
        ScenarioSpec spec = Scenarios.load(file("""
                name: duel
                seed: 3
                game:
                  type: signal-duel
                  observationSize: 5
                  actions: 4
                  episodeLength: 10
                """));

        assertThat(spec).isEqualTo(new ScenarioSpec("duel", 3, new SignalDuelSpec(5, 4, 10)));
    }

    @Test
    void load_unknownField_namesFileLineFieldAndAllowed() throws Exception {
        Path file = file("""
                name: duel
                seed: 3
                game:
                  type: signal-duel
                  observationSize: 5
                  actions: 4
                  episodeLength: 10
                  speed: 2
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":8:")
                .hasMessageContaining("unknown field 'game.speed'")
                .hasMessageContaining("allowed here: actions, episodeLength, observationSize");
    }

    @Test
    void load_unknownGameType_listsAllowedTypes() throws Exception {
        Path file = file("""
                name: duel
                seed: 3
                game:
                  type: chess
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("game.type 'chess' is not known (allowed: signal-duel)");
    }

    @Test
    void load_valueBreaksRule_namesFieldValueAndRule() throws Exception {
        Path file = file("""
                name: duel
                seed: 3
                game:
                  type: signal-duel
                  observationSize: 5
                  actions: 40
                  episodeLength: 10
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("game.actions must be in 2..16, was 40");
    }

    @Test
    void load_missingPrimitive_fails() throws Exception {
        Path file = file("""
                name: duel
                seed: 3
                game:
                  type: signal-duel
                  observationSize: 5
                  episodeLength: 10
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("game.actions is required");
    }

    @Test
    void load_wrongScalarType_namesField() throws Exception {
        Path file = file("""
                name: duel
                seed: three
                game:
                  type: signal-duel
                  observationSize: 5
                  actions: 3
                  episodeLength: 10
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("seed");
    }

    @Test
    void load_brokenYaml_saysSo() throws Exception {
        Path file = file("name: duel\n seed: 3\n- x\n");

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void load_missingFile_saysNoSuchFile() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> Scenarios.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void write_thenParse_roundTrips() {
        ScenarioSpec spec = ScenarioSpec.tinySignalDuel();

        String text = StrictYaml.write(spec);

        assertThat(StrictYaml.parse("inline", text, ScenarioSpec.class)).isEqualTo(spec);
    }

    @Test
    void shippedTinyScenario_loads() {
        Path shipped = Path.of("tiny", "signal-duel.yaml");

        assertThat(Scenarios.load(shipped)).isEqualTo(ScenarioSpec.tinySignalDuel());
    }
}
