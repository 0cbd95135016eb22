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
    void train_interrupted_stopsCleanly_andStillWritesTheRunDirectory() throws Exception {
        Path scenario = Path.of("..", "scenarios", "tiny", "signal-duel.yaml").toAbsolutePath();
        Process process = new ProcessBuilder(LAUNCHER.toString(), "train", scenario.toString(), "--rounds", "100000",
                        "--rounds-per-second", "10", "--no-progress")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        Path runs = dir.resolve("runs");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && !ratingsWritten(runs)) {
            Thread.sleep(500);
        }
        assertThat(ratingsWritten(runs)).as("matches were played before the interrupt").isTrue();

        process.destroy();   // SIGTERM, as Ctrl-C's SIGINT: the same shutdown path

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("stopped within 120 s").isTrue();
        Path run;
        try (var list = java.nio.file.Files.list(runs)) {
            run = list.findFirst().orElseThrow();
        }
        String results = java.nio.file.Files.readString(run.resolve("results.json"));
        assertThat(results).contains("\"status\" : \"stopped\"");
        assertThat(run.resolve("weights").resolve("m0.lgw")).exists();
        assertThat(java.nio.file.Files.readString(dir.resolve("out.txt"))).contains("stopped before the end of its budget");
    }

    private static boolean ratingsWritten(Path runs) throws IOException {
        if (!java.nio.file.Files.isDirectory(runs)) {
            return false;
        }
        try (var list = java.nio.file.Files.list(runs)) {
            return list.anyMatch(run -> {
                try {
                    Path ratings = run.resolve("ratings.jsonl");
                    return java.nio.file.Files.exists(ratings) && java.nio.file.Files.size(ratings) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    @Test
    void help_exitsZero_andListsSubcommands() throws Exception {
        Result result = launch("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("train", "evaluate", "scenarios");
    }
}
