package dev.league.evaluation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluation reports: build a {@link ReportModel} from a match log or a run directory, write
 * {@code report.json}, {@code report.md} and {@code report.html}. See docs/REPORTS.md.
 */
public final class Reports {

    /** File names written by {@link #write}. */
    public static final String JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";

    private Reports() {}

    /**
     * A report over a list of outcomes (a match log produced anywhere).
     *
     * @param baselines ids of baseline players (absent ones are ignored)
     */
    public static ReportModel fromOutcomes(String title, String source, List<Outcome> outcomes, RatingSettings settings,
            Collection<String> baselines) {
        RatingFit fit = new RatingFit(outcomes);
        RatingFit.Rated rated = fit.rate(settings, baselines);
        List<String> scenarios = outcomes.stream().map(Outcome::scenario).filter(Objects::nonNull).distinct().toList();
        List<String> present = baselines.stream().filter(fit.players()::contains).distinct().toList();
        return new ReportModel(ReportModel.FORMAT_VERSION, title, source, scenarios.size() == 1 ? scenarios.get(0) : null,
                rated.reference(), settings.referenceRating(), settings.confidence(), settings.resamples(),
                settings.seed(), outcomes.size(), present, rated.players(), rated.winRates(), null);
    }

    /**
     * A report over an evaluation tournament of a run, with the run's training series.
     *
     * @param tournament the tournament's outcomes
     * @param playerFrames training frames of each evaluated non-baseline player's weights (for the
     *     win rate against baselines over frames); players absent here are left out of that plot
     */
    public static ReportModel fromRun(Path runDirectory, List<Outcome> tournament, RatingSettings settings,
            Collection<String> baselines, Map<String, Long> playerFrames) throws IOException {
        RunDirectory run = RunDirectory.read(runDirectory);
        ReportModel model = fromOutcomes("Evaluation of run " + run.runId(), runDirectory.toString(), tournament,
                settings, baselines);
        return model.withTraining(run.training(model, playerFrames));
    }

    /** Training frames of each member's weight versions, from the run's training.jsonl. */
    public static Map<String, Map<Long, Long>> framesByVersion(Path runDirectory) throws IOException {
        return RunDirectory.read(runDirectory).framesByVersion();
    }

    /** Writes report.json, report.md and report.html into {@code directory} (created if needed). */
    public static void write(ReportModel model, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(JSON), JsonReport.render(model), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(MARKDOWN), MarkdownReport.render(model), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(HTML), HtmlReport.render(model), StandardCharsets.UTF_8);
    }

    /** The players as a fixed-width text table, best first (for the console). */
    public static String table(ReportModel model) {
        return MarkdownReport.consoleTable(model);
    }
}
