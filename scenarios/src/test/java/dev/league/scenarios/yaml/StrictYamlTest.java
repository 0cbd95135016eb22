package dev.league.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.duel.SignalDuelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
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

    /** A signal-duel scenario file whose game block (after {@code type}) is {@code gameLines}. */
    private Path duel(String seed, String... gameLines) throws Exception {
        StringBuilder text = new StringBuilder("name: duel\nseed: " + seed + "\ngame:\n  type: signal-duel\n");
        for (String line : gameLines) {
            text.append("  ").append(line).append('\n');
        }
        return file(text.toString());
    }

    private static AbstractThrowableAssert<?, ?> assertRejected(Path file) {
        return assertThatThrownBy(() -> Scenarios.load(file)).isInstanceOf(ConfigException.class);
    }

    @Test
    void load_validFile_givesRecord() throws Exception {
        ScenarioSpec spec = Scenarios.load(duel("3", "observationSize: 5", "actions: 4", "episodeLength: 10"));

        assertThat(spec).isEqualTo(new ScenarioSpec("duel", 3, new SignalDuelSpec(5, 4, 10)));
    }

    @Test
    void load_unknownField_namesFileLineFieldAndAllowed() throws Exception {
        Path file = duel("3", "observationSize: 5", "actions: 4", "episodeLength: 10", "speed: 2");

        assertRejected(file)
                .hasMessageStartingWith(file + ":8:")
                .hasMessageContaining("unknown field 'game.speed'")
                .hasMessageContaining("allowed here: actions, episodeLength, observationSize");
    }

    @Test
    void load_unknownGameType_listsAllowedTypes() throws Exception {
        assertRejected(file("name: duel\nseed: 3\ngame:\n  type: chess\n"))
                .hasMessageContaining("game.type 'chess' is not known (allowed: predator-prey, shooter, signal-duel, smac)");
    }

    @Test
    void load_valueBreaksRule_namesFieldValueAndRule() throws Exception {
        Path file = duel("3", "observationSize: 5", "actions: 40", "episodeLength: 10");

        assertRejected(file).hasMessage(file + ":6:3: game.actions must be in 2..16, was 40");
    }

    @Test
    void load_missingPrimitive_saysItIsRequired() throws Exception {
        assertRejected(duel("3", "observationSize: 5", "episodeLength: 10"))
                .hasMessageContaining("game.actions is required");
    }

    @Test
    void load_wrongScalarType_namesLineAndField() throws Exception {
        Path file = duel("three", "observationSize: 5", "actions: 3", "episodeLength: 10");

        assertRejected(file).hasMessageStartingWith(file + ":2:").hasMessageContaining("seed");
    }

    @Test
    void load_brokenYaml_saysSo() throws Exception {
        assertRejected(file("name: duel\n seed: 3\n- x\n")).hasMessageContaining("not valid YAML");
    }

    @Test
    void load_missingFile_saysNoSuchFile() {
        Path missing = dir.resolve("nope.yaml");

        assertRejected(missing).hasMessage(missing + ": no such file");
    }

    @Test
    void write_thenParse_roundTrips() {
        ScenarioSpec spec = ScenarioSpec.tinySignalDuel();

        String text = StrictYaml.write(spec);

        assertThat(text).contains("type: signal-duel");
        assertThat(StrictYaml.parse("inline", text, ScenarioSpec.class)).isEqualTo(spec);
    }

    @Test
    void shippedTinyScenario_loads() {
        assertThat(Scenarios.load(Path.of("tiny", "signal-duel.yaml"))).isEqualTo(ScenarioSpec.tinySignalDuel());
    }
}
