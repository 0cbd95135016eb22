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
    void emptyLeagueFile_meansDefaults() {
        assertThat(StrictYaml.parse("inline", "{}", LeagueSpec.class)).isEqualTo(LeagueSpec.DEFAULTS);
    }
}
