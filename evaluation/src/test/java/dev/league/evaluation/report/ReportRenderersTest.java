package dev.league.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.league.evaluation.report.Training.LineageEvent;
import dev.league.evaluation.report.Training.Matrix;
import dev.league.evaluation.report.Training.Point;
import dev.league.evaluation.report.Training.Series;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportRenderersTest {

    private static JsonSchema schema;

    @TempDir
    Path directory;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = Path.of(System.getProperty("report.schema", "../docs/report.schema.json"));
        try (InputStream in = Files.newInputStream(file)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** A report with every section filled: ratings, baselines, lineage, traces, a coordination graph. */
    static ReportModel sample() {
        List<Outcome> log = new ArrayList<>();
        String[] players = {"m0", "m1", "m2", "random", "oracle"};
        for (int i = 0; i < players.length; i++) {
            for (int j = i + 1; j < players.length; j++) {
                for (int g = 0; g < 6; g++) {
                    List<Integer> ranks = g == 0 ? List.of(1, 1) : (g + i + j) % 3 == 0 ? List.of(2, 1) : List.of(1, 2);
                    log.add(new Outcome("tiny-signal-duel", List.of(List.of(players[i]), List.of(players[j])), ranks, 32));
                }
            }
        }
        ReportModel model = Reports.fromOutcomes("Evaluation of run test", "runs/test", log,
                new RatingSettings(null, 1000, 0.95, 50, 7), List.of("random", "oracle"));
        Training training = new Training("test",
                List.of(new Series("m0", List.of(new Point(32, 1200), new Point(64, 1216), new Point(96, 1230))),
                        new Series("m1", List.of(new Point(32, 1200), new Point(96, 1185)))),
                List.of(new LineageEvent("m0", "init", null, -1, 0, 0, null, "initial"),
                        new LineageEvent("m1", "init", null, -1, 0, 0, null, "initial"),
                        new LineageEvent("m1", "exploit", "m0", 3, 96, 1, 0.2, "m0 leads by 40"),
                        new LineageEvent("m0", "keep", null, -1, 96, 0, 0.8, "top quantile")),
                Map.of("learningRate", List.of(new Series("m0", List.of(new Point(0, 0.02), new Point(96, 0.024))),
                        new Series("m1", List.of(new Point(0, 0.016), new Point(96, 0.0288))))),
                List.of(new Series("m0", List.of(new Point(96, 0.7))), new Series("m1", List.of(new Point(96, 0.6)))),
                List.of(new Matrix("coordination graph of m0 (version 3)", List.of("a0", "a1"),
                        List.of(List.of(0.0, 0.8), List.of(0.3, 0.0)))));
        return model.withTraining(training);
    }

    private static Set<ValidationMessage> validate(JsonNode json) {
        return schema.validate(json);
    }

    @Test
    void json_validatesAgainstTheShippedSchema() throws IOException {
        JsonNode json = StrictYaml.json().readTree(JsonReport.render(sample()));

        assertThat(validate(json)).isEmpty();
        assertThat(json.get("players")).hasSize(5);
        JsonNode first = json.get("players").get(0);
        assertThat(first.get("player").asText()).isNotBlank();
        assertThat(first.get("rating").isNumber()).isTrue();
        assertThat(first.get("lower").asDouble()).isLessThanOrEqualTo(first.get("rating").asDouble());
        assertThat(first.get("upper").asDouble()).isGreaterThanOrEqualTo(first.get("rating").asDouble());
        assertThat(first.get("games").asInt()).isEqualTo(24);
    }

    @Test
    void json_bareMatchLogReport_validatesWithNullTraining() throws IOException {
        ReportModel bare = Reports.fromOutcomes("rank", "log.jsonl",
                List.of(new Outcome(null, List.of(List.of("a"), List.of("b")), List.of(1, 2), 0)), RatingSettings.DEFAULTS,
                List.of());
        JsonNode json = StrictYaml.json().readTree(JsonReport.render(bare));

        assertThat(validate(json)).isEmpty();
        assertThat(json.get("training").isNull()).isTrue();
    }

    @Test
    void schema_rejectsAPlayerWithoutRating_soTheValidationCanFail() throws IOException {
        JsonNode json = StrictYaml.json().readTree(JsonReport.render(sample()));
        ((ObjectNode) json.get("players").get(0)).remove("rating");
        ((ObjectNode) json).put("extra", 1);

        assertThat(validate(json)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("rating"))
                .anySatisfy(message -> assertThat(message).contains("extra"));
    }

    @Test
    void html_isSelfContainedWithAnSvgPerPlot() {
        String html = HtmlReport.render(sample());

        // ratings, win-rate heatmap, ratings over time, baseline win rates, lineage, one trace, one coordination graph
        assertThat(count(html, "<svg")).isEqualTo(7);
        assertThat(html).contains("<!DOCTYPE html>", "PBT lineage", "Hyperparameter learningRate", "coordination graph of m0",
                "Win rate against the baselines", "vs random", "vs oracle");
        assertThat(html).doesNotContain("<script", "<link", "<img", "@import");
        Matcher urls = Pattern.compile("(?:href|src)\\s*=\\s*['\"](https?:)?//").matcher(html);
        assertThat(urls.find()).as("no external reference").isFalse();
        Matcher ids = Pattern.compile("<svg[^>]* id=['\"]([^'\"]+)['\"]").matcher(html);
        List<String> svgIds = new ArrayList<>();
        while (ids.find()) {
            svgIds.add(ids.group(1));
        }
        assertThat(svgIds).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void markdown_hasTheRatingTableAndLineage() {
        String markdown = MarkdownReport.render(sample());

        assertThat(markdown).startsWith("# Evaluation of run test");
        assertThat(markdown).contains("| rank | player | rating | 95% interval | games |", "vs random", "vs oracle",
                "| 96 | m1 | exploit | m0@3 | 1 | m0 leads by 40 |");
        assertThat(markdown).doesNotContain("top quantile");
    }

    @Test
    void write_createsTheThreeFiles() throws IOException {
        Reports.write(sample(), directory.resolve("out"));

        assertThat(directory.resolve("out/report.json")).isNotEmptyFile();
        assertThat(directory.resolve("out/report.md")).isNotEmptyFile();
        assertThat(directory.resolve("out/report.html")).isNotEmptyFile();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
