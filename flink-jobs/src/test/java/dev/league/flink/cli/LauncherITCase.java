package dev.league.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/league} as a user runs it: a real process on the packaged application. */
final class LauncherITCase {

    private static final Path LAUNCHER = Path.of("..", "bin", "league").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {}

    private Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher finished within 120 s").isTrue();
        return new Result(process.exitValue(),
                java.nio.file.Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void train_missingFile_exitsTwo_withOneLineAndNoStackTrace() throws Exception {
        Result result = launch("train", "does-not-exist.yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly("league: does-not-exist.yaml: no such file");
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void help_exitsZero_andListsSubcommands() throws Exception {
        Result result = launch("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("train", "evaluate", "scenarios");
    }
}
