package dev.league.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LeagueCliTest {

    private static final Path TINY = Path.of("..", "scenarios", "tiny", "signal-duel.yaml");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = LeagueCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineUsageError(Run run, String expected) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("league: ").contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void train_missingFile_exitsTwoWithOneLine_andWritesNothing() {
        Path runs = dir.resolve("runs");

        Run run = run("train", dir.resolve("nope.yaml").toString(), "--runs-dir", runs.toString());

        assertOneLineUsageError(run, "nope.yaml: no such file");
        assertThat(runs).doesNotExist();
    }

    @Test
    void train_invalidScenario_namesFileLineAndField() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nseed: 1\ngame:\n  type: signal-duel\n  observationSize: 4\n  actions: 99\n  episodeLength: 8\n");

        Run run = run("train", bad.toString(), "--runs-dir", dir.resolve("runs").toString());

        assertOneLineUsageError(run, "bad.yaml:");
        assertThat(run.err()).contains("game.actions must be in 2..16, was 99");
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void train_invalidLeagueFile_isRejected() throws Exception {
        Path league = dir.resolve("league.yaml");
        Files.writeString(league, "members: 4\npopulation: 8\n");

        Run run = run("train", TINY.toString(), "--league", league.toString());

        assertOneLineUsageError(run, "unknown field 'population'");
    }

    @Test
    void train_unknownBaseline_listsTheScenariosScriptedOpponents() throws Exception {
        Path league = dir.resolve("league.yaml");
        Files.writeString(league, "baselines: [grandmaster]\n");

        Run run = run("train", TINY.toString(), "--league", league.toString(), "--runs-dir", dir.resolve("runs").toString());

        assertOneLineUsageError(run, "league.baselines: 'grandmaster' is not a scripted opponent of scenario tiny-signal-duel (allowed: [random, oracle])");
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void train_badOptionValue_namesOption() {
        assertOneLineUsageError(run("train", TINY.toString(), "--members", "1"), "--members must be in 2..1024, was 1");
        assertOneLineUsageError(run("train", TINY.toString(), "--members", "many"), "--members");
    }

    @Test
    void unknownOptionOrCommand_exitsTwo() {
        assertOneLineUsageError(run("train", TINY.toString(), "--bogus"), "--bogus");
        assertOneLineUsageError(run("fly"), "fly");
        assertOneLineUsageError(run("train"), "<scenario.yaml>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "evaluate", "scenarios"})
    void help_onEverySubcommand_printsUsage(String command) {
        Run run = run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: league " + command);
    }

    @Test
    void scenarios_validate_acceptsShippedFile_andRejectsBadOne() throws Exception {
        Run good = run("scenarios", "validate", TINY.toString());
        assertThat(good.exitCode()).isZero();
        assertThat(good.out()).contains("tiny-signal-duel", "agents 2");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nseed: 1\ngame:\n  type: chess\n");
        assertOneLineUsageError(run("scenarios", "validate", bad.toString()), "game.type 'chess' is not known");
    }

    @Test
    void scenarios_show_printsResolvedConfigWithDefaults() {
        Run run = run("scenarios", "show", Path.of("..", "scenarios", "smac", "3m.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("6 agents in 2 teams, observation 30", "type: smac", "ticksPerStep: 8",
                "[easy, medium, hard]");
    }

    @Test
    void scenarios_list_findsShippedScenarios() {
        Run run = run("scenarios", "list", Path.of("..", "scenarios").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("signal-duel.yaml", "3m.yaml", "27m_vs_30m.yaml", "penalty-1.5.yaml", "0 invalid");
    }

    @Test
    void evaluate_notARunDirectory_exitsTwo() {
        assertOneLineUsageError(run("evaluate", dir.toString()), "not a finished run directory");
    }
}
