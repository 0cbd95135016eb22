package dev.league.evaluation.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.league.evaluation.report.Training.LineageEvent;
import dev.league.evaluation.report.Training.Matrix;
import dev.league.evaluation.report.Training.Point;
import dev.league.evaluation.report.Training.Series;
import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.matchmaking.rating.RatingUpdate;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The research series of a run directory written by {@code league train}: ratings.jsonl,
 * training.jsonl, pbt.jsonl, optionally coordination.jsonl. Missing files give empty series.
 */
final class RunDirectory {

    /** Most points kept per plotted series (evenly thinned, last point kept). */
    static final int MAX_POINTS = 400;

    private final String runId;
    private final List<RatingUpdate> ratings;
    private final List<TrainingStats> training;
    private final List<PbtEvent> pbt;
    private final List<Matrix> coordination;

    private RunDirectory(String runId, List<RatingUpdate> ratings, List<TrainingStats> training, List<PbtEvent> pbt,
            List<Matrix> coordination) {
        this.runId = runId;
        this.ratings = ratings;
        this.training = training;
        this.pbt = pbt;
        this.coordination = coordination;
    }

    static RunDirectory read(Path directory) throws IOException {
        String runId = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
        Path config = directory.resolve("config.yaml");
        if (Files.isRegularFile(config)) {
            JsonNode node = StrictYaml.yaml().readTree(config.toFile());
            if (node != null && node.hasNonNull("runId")) {
                runId = node.get("runId").asText();
            }
        }
        return new RunDirectory(runId,
                lines(directory.resolve("ratings.jsonl"), RatingUpdate.class),
                lines(directory.resolve("training.jsonl"), TrainingStats.class),
                lines(directory.resolve("pbt.jsonl"), PbtEvent.class),
                coordination(directory.resolve("coordination.jsonl")));
    }

    String runId() {
        return runId;
    }

    private static <T> List<T> lines(Path file, Class<T> type) throws IOException {
        List<T> values = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (!line.isBlank()) {
                try {
                    values.add(StrictYaml.json().readValue(line, type));
                } catch (IOException e) {
                    throw new IOException(file + ":" + number + ": not a " + type.getSimpleName() + ": " + e.getMessage(), e);
                }
            }
        }
        return values;
    }

    /** coordination.jsonl: {"member": "m0", "version": 12, "labels": ["a0", ...], "adjacency": [[...], ...]} per line. */
    private static List<Matrix> coordination(Path file) throws IOException {
        List<Matrix> graphs = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return graphs;
        }
        Map<String, Matrix> latest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = StrictYaml.json().readTree(line);
            String member = node.path("member").asText("?");
            List<List<Double>> values = new ArrayList<>();
            node.path("adjacency").forEach(row -> {
                List<Double> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.asDouble()));
                values.add(cells);
            });
            List<String> labels = new ArrayList<>();
            node.path("labels").forEach(label -> labels.add(label.asText()));
            if (labels.isEmpty()) {
                for (int i = 0; i < values.size(); i++) {
                    labels.add("agent " + i);
                }
            }
            latest.put(member, new Matrix("coordination graph of " + member + " (version " + node.path("version").asLong()
                    + ")", labels, values));
        }
        graphs.addAll(latest.values());
        return graphs;
    }

    /** Per member: version -> the member's cumulative frames when that version was published. */
    Map<String, Map<Long, Long>> framesByVersion() {
        Map<String, Map<Long, Long>> byMember = new TreeMap<>();
        Map<String, Long> cumulative = new TreeMap<>();
        for (TrainingStats stats : training) {
            long frames = cumulative.merge(stats.memberId(), stats.frames(), Long::sum);
            byMember.computeIfAbsent(stats.memberId(), member -> new TreeMap<>()).put(stats.version(), frames);
        }
        return byMember;
    }

    Training training(ReportModel model, Map<String, Long> playerFrames) {
        Map<String, List<Point>> ratingPoints = new TreeMap<>();
        for (RatingUpdate update : ratings) {
            for (int i = 0; i < update.players().length; i++) {
                ratingPoints.computeIfAbsent(update.players()[i], player -> new ArrayList<>())
                        .add(new Point(update.frames(), update.ratings()[i]));
            }
        }
        List<LineageEvent> lineage = new ArrayList<>();
        Map<String, Map<String, List<Point>>> hyperparameters = new TreeMap<>();
        for (PbtEvent event : pbt) {
            lineage.add(new LineageEvent(event.member(), event.kind(), event.source(), event.sourceVersion(),
                    event.frames(), event.generation(), Double.isFinite(event.objective()) ? event.objective() : null,
                    event.reason()));
            if (event.after() != null) {
                event.after().values().forEach((name, value) -> hyperparameters
                        .computeIfAbsent(name, key -> new TreeMap<>())
                        .computeIfAbsent(event.member(), member -> new ArrayList<>())
                        .add(new Point(event.frames(), value)));
            }
        }
        Map<String, List<Series>> traces = new TreeMap<>();
        hyperparameters.forEach((name, byMember) -> traces.put(name, series(byMember)));

        Map<String, List<Point>> baselinePoints = new TreeMap<>();
        if (!model.baselines().isEmpty()) {
            for (PlayerReport player : model.players()) {
                Long frames = playerFrames.get(player.player());
                if (player.baseline() || frames == null || player.versusBaselines().isEmpty()) {
                    continue;
                }
                int games = 0;
                double points = 0;
                for (PlayerReport.HeadToHead record : player.versusBaselines().values()) {
                    games += record.games();
                    points += record.winRate() * record.games();
                }
                String member = player.player().contains("@")
                        ? player.player().substring(0, player.player().indexOf('@')) : player.player();
                baselinePoints.computeIfAbsent(member, key -> new ArrayList<>()).add(new Point(frames, points / games));
            }
            baselinePoints.values().forEach(points -> points.sort((a, b) -> Double.compare(a.x(), b.x())));
        }
        return new Training(runId, series(ratingPoints), lineage, traces, series(baselinePoints), coordination);
    }

    private static List<Series> series(Map<String, List<Point>> byName) {
        List<Series> series = new ArrayList<>();
        byName.forEach((name, points) -> series.add(new Series(name, thin(points))));
        return series;
    }

    static List<Point> thin(List<Point> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        List<Point> kept = new ArrayList<>(MAX_POINTS);
        double stride = (points.size() - 1) / (double) (MAX_POINTS - 1);
        for (int k = 0; k < MAX_POINTS; k++) {
            kept.add(points.get((int) Math.round(k * stride)));
        }
        return kept;
    }

}
