package dev.league.flink.cli;

import dev.league.evaluation.report.MalformedMatchLogException;
import dev.league.evaluation.report.MatchLogFormat;
import dev.league.evaluation.report.Outcome;
import dev.league.evaluation.report.RatingSettings;
import dev.league.evaluation.report.ReportModel;
import dev.league.evaluation.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code league rank <matches.jsonl> --out <dir>}: the evaluation report for any match log. */
@Command(
        name = "rank",
        mixinStandardHelpOptions = true,
        description = {
            "Rate the players of a match log produced elsewhere and write report.html, report.json and report.md.",
            "One JSON object per line: {\"players\": [\"a\", \"b\"], \"winner\": \"a\"} (null winner: a draw),",
            "{\"players\": [...], \"ranks\": [...]} or {\"teams\": [[\"a1\", \"a2\"], [\"b1\", \"b2\"]], \"ranks\": [1, 2]},",
            "each optionally with \"scenario\" and \"frames\". See docs/REPORTS.md."
        })
final class RankCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<matches.jsonl>", description = "Match log, one JSON object per line")
    Path log;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Directory for the reports (created if needed)")
    Path out;

    @Option(names = "--baseline", paramLabel = "<player>", description = "A baseline player (repeatable); its column shows each player's win rate against it")
    List<String> baselines = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "<player>", description = "Player anchored at --reference-rating (default: 'random' if it played, else the first baseline, else the first player by id)")
    String reference;

    @Option(names = "--reference-rating", defaultValue = "1000", description = "Rating of the reference (default: ${DEFAULT-VALUE})")
    double referenceRating;

    @Option(names = "--resamples", defaultValue = "200", description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--confidence", defaultValue = "0.95", description = "Interval coverage (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--title", description = "Report title (default: 'Ranking of <file name>')")
    String title;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(log)) {
            throw new UserInputException(log + ": no such file");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + " is not a directory");
        }
        RatingSettings settings = settings(reference, referenceRating, confidence, resamples, seed);
        List<Outcome> outcomes;
        try {
            outcomes = MatchLogFormat.read(log);
        } catch (MalformedMatchLogException malformed) {
            throw new UserInputException(malformed.getMessage());
        }
        ReportModel model;
        try {
            model = Reports.fromOutcomes(title == null ? "Ranking of " + log.getFileName() : title, log.toString(), outcomes,
                    settings, baselines);
        } catch (IllegalArgumentException bad) {
            throw new UserInputException(log + ": " + bad.getMessage());
        }
        Reports.write(model, out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("rank: %d players, %d matches, reference %s = %.0f%n", model.players().size(), model.matches(),
                model.reference(), model.referenceRating());
        console.print(Reports.table(model));
        console.println("reports: " + out.resolve(Reports.HTML) + ", " + Reports.JSON + ", " + Reports.MARKDOWN);
        return 0;
    }

    /** The rating settings from CLI options; a bad value is bad input. */
    static RatingSettings settings(String reference, double referenceRating, double confidence, int resamples, long seed) {
        try {
            return new RatingSettings(reference, referenceRating, confidence, resamples, seed);
        } catch (IllegalArgumentException bad) {
            throw new UserInputException(bad.getMessage().replace("rating.referenceRating", "--reference-rating").replace("rating.", "--"));
        }
    }
}
