package dev.league.evaluation.report;

import dev.league.evaluation.report.PlayerReport.HeadToHead;
import dev.league.evaluation.report.Training.LineageEvent;
import java.util.List;
import java.util.Locale;

/** {@code report.md} and the console table. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(ReportModel model) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(model.title()).append("\n\n");
        md.append(summary(model)).append("\n\n");
        md.append("## Ratings\n\n");
        md.append("| rank | player | rating | ").append(percent(model.confidence())).append(" interval | games | W-D-L | score | Glicko-2 | TrueSkill μ−3σ |");
        model.baselines().forEach(baseline -> md.append(" vs ").append(baseline).append(" |"));
        md.append("\n|---:|---|---:|---|---:|---|---:|---:|---:|");
        model.baselines().forEach(baseline -> md.append("---:|"));
        md.append('\n');
        for (PlayerReport player : model.players()) {
            md.append(String.format(Locale.ROOT, "| %d | %s%s | %.1f | [%.1f, %.1f] | %d | %d-%d-%d | %.1f%% | %.0f ± %.0f | %.2f |",
                    player.rank(), escape(player.player()), player.baseline() ? " *(baseline)*" : "", player.rating(),
                    player.lower(), player.upper(), player.games(), player.wins(), player.draws(), player.losses(),
                    100 * player.score(), player.glicko(), player.glickoDeviation(), player.trueSkill()));
            for (String baseline : model.baselines()) {
                HeadToHead record = player.versusBaselines().get(baseline);
                md.append(record == null ? " – |" : String.format(Locale.ROOT, " %.1f%% (%d) |", 100 * record.winRate(), record.games()));
            }
            md.append('\n');
        }
        md.append("\nRatings: Bradley–Terry maximum likelihood on the Elo scale, anchored at ")
                .append(escape(model.reference())).append(" = ").append(format(model.referenceRating()))
                .append("; intervals: percentile bootstrap over matches (").append(model.resamples())
                .append(" resamples, seed ").append(model.seed()).append(").\n\n");

        md.append("## Win rates (row against column)\n\n|  |");
        WinRates rates = model.winRates();
        rates.players().forEach(player -> md.append(' ').append(escape(player)).append(" |"));
        md.append("\n|---|");
        rates.players().forEach(player -> md.append("---:|"));
        md.append('\n');
        for (int i = 0; i < rates.players().size(); i++) {
            md.append("| ").append(escape(rates.players().get(i))).append(" |");
            for (Double rate : rates.winRate().get(i)) {
                md.append(rate == null ? " – |" : String.format(Locale.ROOT, " %.0f%% |", 100 * rate));
            }
            md.append('\n');
        }
        Training training = model.training();
        if (training != null) {
            md.append("\n## Training\n\n");
            md.append(String.format(Locale.ROOT, "- rating series: %d players (ratings.jsonl)%n", training.ratings().size()));
            md.append(String.format(Locale.ROOT, "- hyperparameters traced: %s%n", training.hyperparameters().keySet()));
            md.append(String.format(Locale.ROOT, "- coordination graphs: %d%n", training.coordination().size()));
            List<LineageEvent> decisions = training.lineage().stream()
                    .filter(event -> !"keep".equals(event.kind())).toList();
            md.append(String.format(Locale.ROOT, "- PBT decisions: %d (%d exploit, %d explore, %d init; keeps omitted below)%n%n",
                    training.lineage().size(), count(training, "exploit"), count(training, "explore"), count(training, "init")));
            if (!decisions.isEmpty()) {
                md.append("| frames | member | kind | source | generation | reason |\n|---:|---|---|---|---:|---|\n");
                for (LineageEvent event : decisions) {
                    md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %d | %s |%n", event.frames(),
                            escape(event.member()), event.kind(),
                            event.source() == null ? "" : escape(event.source()) + "@" + event.sourceVersion(),
                            event.generation(), escape(event.reason())));
                }
            }
        }
        return md.toString();
    }

    static String summary(ReportModel model) {
        return String.format(Locale.ROOT, "%d players, %d matches%s; source `%s`.", model.players().size(), model.matches(),
                model.scenario() == null ? "" : ", scenario " + model.scenario(), model.source());
    }

    private static long count(Training training, String kind) {
        return training.lineage().stream().filter(event -> kind.equals(event.kind())).count();
    }

    /** A fixed-width text table, best first. */
    static String consoleTable(ReportModel model) {
        int width = Math.max(6, model.players().stream().mapToInt(player -> player.player().length()).max().orElse(6));
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%4s  %-" + width + "s  %7s  %17s  %5s  %6s  %8s  %9s%n", "rank", "player",
                "rating", percent(model.confidence()) + " interval", "games", "score", "glicko2", "trueskill"));
        for (PlayerReport player : model.players()) {
            text.append(String.format(Locale.ROOT, "%4d  %-" + width + "s  %7.1f  [%7.1f, %7.1f]  %5d  %5.1f%%  %8.1f  %9.2f%n",
                    player.rank(), player.player(), player.rating(), player.lower(), player.upper(), player.games(),
                    100 * player.score(), player.glicko(), player.trueSkill()));
        }
        return text.toString();
    }

    private static String percent(double confidence) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * confidence);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
