package dev.league.flink.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.flink.training.AgentFactory;
import dev.league.league.AgentSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StartingWeightsTest {

    private static final ScenarioSpec DUEL = Scenarios.load(Path.of("..").resolve("scenarios/shooter/duel.yaml"));
    private static final ScenarioSpec DEATHMATCH = Scenarios.load(Path.of("..").resolve("scenarios/shooter/deathmatch-4.yaml"));

    @TempDir
    Path tempDir;

    private static AgentFactory factory(ScenarioSpec scenario, int hidden) {
        AgentSpec agent = new AgentSpec("local", "mlp", hidden, 1, 2, 40, 1, null, null, null, null, null, 2_000, 32, 1, null, null, null);
        return new AgentFactory(scenario, agent, 1e-3, 0.99);
    }

    /** A finished run's weights/ with one blob per member, written by {@code factory}. */
    private static Path run(Path directory, AgentFactory factory, String... members) throws IOException {
        Files.createDirectories(directory.resolve("weights"));
        for (int i = 0; i < members.length; i++) {
            Files.write(directory.resolve("weights").resolve(members[i] + ".lgw"), factory.initial(i + 1));
        }
        return directory;
    }

    @Test
    void duelWeights_startADeathmatchLeague_asTheyWereStored() throws IOException {
        // a curriculum: the duel and the 4-player free-for-all share a player's observation and actions
        Path duels = run(tempDir.resolve("duels"), factory(DUEL, 16), "m0", "m1");

        Map<String, byte[]> start = StartingWeights.read(duels, List.of("m0", "m1"), factory(DEATHMATCH, 16));

        assertThat(start).containsOnlyKeys("m0", "m1");
        assertThat(start.get("m1")).isEqualTo(Files.readAllBytes(duels.resolve("weights/m1.lgw")));
        // the learner restored from it is the stored one, bit for bit
        assertThat(factory(DEATHMATCH, 16).restore(start.get("m1"), 7).encode()).isEqualTo(start.get("m1"));
    }

    @Test
    void aMissingMember_namesTheFileAndWhatTheRunHas() throws IOException {
        Path duels = run(tempDir.resolve("duels"), factory(DUEL, 16), "m0", "m1");

        assertThatThrownBy(() -> StartingWeights.read(duels, List.of("m0", "m1", "m2"), factory(DEATHMATCH, 16)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no weights/m2.lgw for member m2")
                .hasMessageContaining("[m0.lgw, m1.lgw]");
    }

    @Test
    void weightsOfAnotherNetworkSize_areRejectedBeforeTheRunStarts() throws IOException {
        Path duels = run(tempDir.resolve("duels"), factory(DUEL, 16), "m0");

        assertThatThrownBy(() -> StartingWeights.read(duels, List.of("m0"), factory(DEATHMATCH, 32)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights/m0.lgw does not fit this league's agent");
    }

    @Test
    void aDirectoryWithoutWeights_isNotARun() {
        assertThatThrownBy(() -> StartingWeights.read(tempDir, List.of("m0"), factory(DUEL, 16)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a finished run directory (no weights/)");
    }
}
