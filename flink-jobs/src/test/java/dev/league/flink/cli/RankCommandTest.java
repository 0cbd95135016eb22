package dev.league.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RankCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LeagueCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rank_bothShapes_writesTheThreeReports() throws IOException {
        Path log = Files.write(directory.resolve("matches.jsonl"), List.of(
                "{\"scenario\": \"arena\", \"players\": [\"a\", \"b\"], \"winner\": \"a\"}",
                "{\"players\": [\"a\", \"b\"], \"winner\": null}",
                "{\"teams\": [[\"a\", \"c\"], [\"b\", \"bot\"]], \"ranks\": [1, 2]}",
                "{\"teams\": [[\"c\"], [\"bot\"], [\"b\"]], \"ranks\": [1, 3, 2]}"));
        Path reports = directory.resolve("reports");

        int exit = run("rank", log.toString(), "--out", reports.toString(), "--baseline", "bot", "--resamples", "20");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(reports.resolve("report.json")).content().contains("\"player\" : \"a\"", "\"reference\" : \"bot\"");
        assertThat(reports.resolve("report.md")).content().contains("| rank | player | rating", "vs bot");
        assertThat(reports.resolve("report.html")).content().contains("<svg");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("rank: 4 players, 4 matches, reference bot = 1000");
    }

    @Test
    void rank_malformedLine_exitsTwoWithItsLineNumberAndWritesNothing() throws IOException {
        Path log = Files.write(directory.resolve("matches.jsonl"), List.of(
                "{\"players\": [\"a\", \"b\"], \"winner\": \"a\"}",
                "",
                "{\"teams\": [[\"a\"], [\"b\"]], \"ranks\": [1, 2, 3]}"));
        Path reports = directory.resolve("reports");

        int exit = run("rank", log.toString(), "--out", reports.toString());

        assertThat(exit).isEqualTo(LeagueCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("league: " + log
                + ":3: ranks must be an array of 2 integers (one per team), was [1,2,3]" + System.lineSeparator());
        assertThat(reports).doesNotExist();
    }

    @Test
    void rank_badOptionsOrMissingFile_exitTwo() throws IOException {
        Path log = Files.write(directory.resolve("matches.jsonl"), List.of("{\"players\": [\"a\", \"b\"], \"winner\": \"a\"}"));

        assertThat(run("rank", log.toString(), "--out", directory.resolve("r").toString(), "--confidence", "1.5"))
                .isEqualTo(LeagueCli.USAGE);
        assertThat(run("rank", log.toString(), "--out", directory.resolve("r").toString(), "--reference", "zed"))
                .isEqualTo(LeagueCli.USAGE);
        assertThat(run("rank", directory.resolve("none.jsonl").toString(), "--out", directory.resolve("r").toString()))
                .isEqualTo(LeagueCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "league: --confidence must be in (0, 1), was 1.5",
                "league: " + log + ": report: reference player 'zed' is not in the match log",
                "league: " + directory.resolve("none.jsonl") + ": no such file");
        assertThat(directory.resolve("r")).doesNotExist();
    }
}
