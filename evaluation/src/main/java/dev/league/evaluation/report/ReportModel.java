package dev.league.evaluation.report;

import java.util.List;

/**
 * Everything a report shows; {@code report.json} is this record (schema: docs/report.schema.json).
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param title heading
 * @param source the run directory or match log it was built from
 * @param scenario the scenario played, or null when unknown or mixed
 * @param reference the player anchored at {@code referenceRating}
 * @param referenceRating the reference's rating
 * @param confidence coverage of the rating intervals
 * @param resamples bootstrap resamples behind the intervals
 * @param seed the bootstrap seed
 * @param matches matches in the log
 * @param baselines ids of the baseline players present
 * @param players one line per player, best rating first
 * @param winRates pairwise win rates, in the order of {@code players}
 * @param training series from the run directory, null for a bare match log
 */
public record ReportModel(
        int formatVersion,
        String title,
        String source,
        String scenario,
        String reference,
        double referenceRating,
        double confidence,
        int resamples,
        long seed,
        int matches,
        List<String> baselines,
        List<PlayerReport> players,
        WinRates winRates,
        Training training) {

    public static final int FORMAT_VERSION = 1;

    public ReportModel {
        baselines = List.copyOf(baselines);
        players = List.copyOf(players);
        if (players.isEmpty()) {
            throw new IllegalArgumentException("report.players must not be empty");
        }
    }

    /** The same report with training series. */
    public ReportModel withTraining(Training series) {
        return new ReportModel(formatVersion, title, source, scenario, reference, referenceRating, confidence, resamples,
                seed, matches, baselines, players, winRates, series);
    }
}
