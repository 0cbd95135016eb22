package dev.league.evaluation.report;

import dev.league.evaluation.report.PlayerReport.HeadToHead;
import dev.league.evaluation.report.Training.LineageEvent;
import dev.league.evaluation.report.Training.Matrix;
import dev.league.evaluation.report.Training.Series;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS, plots as inline SVG from
 * {@link Charts}, no script, no external reference).
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:24px;color:#222;max-width:1240px}
            h1{font-size:24px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;font-size:13px;margin:8px 0}
            th,td{border:1px solid #ddd;padding:3px 7px;text-align:right}
            th{background:#f3f3f3}td.name,th.name{text-align:left}
            tr.baseline td{color:#666;font-style:italic}
            .chart{margin:12px 0}.note{color:#555;font-size:13px}
            """;

    private HtmlReport() {}

    static String render(ReportModel model) {
        Charts charts = new Charts();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(model.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(escape(model.title())).append("</h1>\n<p class=\"note\">")
                .append(escape(MarkdownReport.summary(model))).append("</p>\n");

        html.append("<h2>Ratings</h2>\n").append(ratingTable(model));
        html.append("<p class=\"note\">Bradley–Terry maximum likelihood on the Elo scale, anchored at ")
                .append(escape(model.reference())).append(" = ")
                .append(String.format(Locale.ROOT, "%.0f", model.referenceRating()))
                .append(String.format(Locale.ROOT, "; %.0f%% percentile bootstrap intervals over matches (%d resamples, seed %d). ",
                        100 * model.confidence(), model.resamples(), model.seed()))
                .append("Glicko-2 (rating ± deviation) and TrueSkill (μ − 3σ) apply the matches in log order.</p>\n");
        chart(html, charts.svg(charts.ratings(model.players(), model.confidence()), Charts.WIDTH,
                Math.max(300, Charts.HEIGHT - 60)));

        WinRates rates = model.winRates();
        int side = Math.min(1200, Math.max(420, 160 + 48 * rates.players().size()));
        html.append("<h2>Win rates</h2>\n<p class=\"note\">Row player's mean score against the column player "
                + "(win 1, draw ½); grey: never met.</p>\n");
        chart(html, charts.svg(charts.heatmap("Win rate of row against column", rates.players(), rates.winRate(),
                "win rate", true), side + 120, side));

        Training training = model.training();
        if (training != null) {
            html.append("<h2>Training</h2>\n");
            if (!training.ratings().isEmpty()) {
                chart(html, charts.svg(charts.lines("League ratings over training time (streamed, ratings.jsonl)",
                        "league frames", "rating", training.ratings(), false, false, null, null), Charts.WIDTH, Charts.HEIGHT));
            }
            if (!training.baselineWinRates().isEmpty()) {
                chart(html, charts.svg(charts.lines("Win rate against the baselines over frames", "member frames",
                        "win rate", training.baselineWinRates(), true, false, 0.0, 1.0), Charts.WIDTH, Charts.HEIGHT));
            }
            if (!training.lineage().isEmpty()) {
                long members = training.lineage().stream().map(LineageEvent::member).distinct().count();
                chart(html, charts.svg(charts.lineage(training.lineage()), Charts.WIDTH,
                        (int) Math.max(Charts.HEIGHT, 140 + 42 * members)));
                html.append(lineageTable(training.lineage()));
            }
            for (Map.Entry<String, List<Series>> trace : training.hyperparameters().entrySet()) {
                chart(html, charts.svg(charts.lines("Hyperparameter " + trace.getKey() + " (after each PBT decision)",
                        "member frames", trace.getKey(), trace.getValue(), true, true, null, null), Charts.WIDTH, Charts.HEIGHT));
            }
            for (Matrix graph : training.coordination()) {
                int size = Math.max(380, 140 + 40 * graph.labels().size());
                chart(html, charts.svg(charts.heatmap(graph), size + 120, size));
            }
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void chart(StringBuilder html, String svg) {
        html.append("<div class=\"chart\">").append(svg).append("</div>\n");
    }

    private static String ratingTable(ReportModel model) {
        StringBuilder table = new StringBuilder("<table><tr><th>rank</th><th class=\"name\">player</th><th>rating</th>");
        table.append(String.format(Locale.ROOT, "<th>%.0f%% interval</th>", 100 * model.confidence()))
                .append("<th>games</th><th>W</th><th>D</th><th>L</th><th>score</th><th>Glicko-2</th><th>TrueSkill μ−3σ</th>");
        model.baselines().forEach(baseline -> table.append("<th>vs ").append(escape(baseline)).append("</th>"));
        table.append("</tr>\n");
        for (PlayerReport player : model.players()) {
            table.append(player.baseline() ? "<tr class=\"baseline\">" : "<tr>")
                    .append(String.format(Locale.ROOT, "<td>%d</td><td class=\"name\">%s</td><td>%.1f</td><td>[%.1f, %.1f]</td>"
                            + "<td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%.1f%%</td><td>%.0f ± %.0f</td><td>%.2f</td>",
                            player.rank(), escape(player.player()), player.rating(), player.lower(), player.upper(),
                            player.games(), player.wins(), player.draws(), player.losses(), 100 * player.score(),
                            player.glicko(), player.glickoDeviation(), player.trueSkill()));
            for (String baseline : model.baselines()) {
                HeadToHead record = player.versusBaselines().get(baseline);
                table.append(record == null ? "<td>–</td>"
                        : String.format(Locale.ROOT, "<td>%.1f%% (%d)</td>", 100 * record.winRate(), record.games()));
            }
            table.append("</tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    private static String lineageTable(List<LineageEvent> lineage) {
        StringBuilder table = new StringBuilder("<details><summary>PBT decisions (exploit and explore)</summary>"
                + "<table><tr><th>frames</th><th class=\"name\">member</th><th class=\"name\">kind</th>"
                + "<th class=\"name\">source</th><th>generation</th><th class=\"name\">reason</th></tr>\n");
        for (LineageEvent event : lineage) {
            if ("keep".equals(event.kind())) {
                continue;
            }
            table.append(String.format(Locale.ROOT, "<tr><td>%d</td><td class=\"name\">%s</td><td class=\"name\">%s</td>"
                    + "<td class=\"name\">%s</td><td>%d</td><td class=\"name\">%s</td></tr>%n", event.frames(),
                    escape(event.member()), escape(event.kind()),
                    event.source() == null ? "" : escape(event.source() + "@" + event.sourceVersion()),
                    event.generation(), escape(event.reason())));
        }
        return table.append("</table></details>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
