package dev.league.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.league.Hyperparameters;
import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.matchmaking.rating.RatingUpdate;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RunDirectoryTest {

    @TempDir
    Path run;

    @Test
    void fromRun_readsTheResearchSeries() throws IOException {
        Files.writeString(run.resolve("config.yaml"), "runId: r42\n");
        Files.write(run.resolve("ratings.jsonl"), List.of(
                StrictYaml.jsonLine(new RatingUpdate(0, new String[] {"m0", "m1"}, new int[] {1, 2}, new double[] {1216, 1184}, 1, 32)),
                StrictYaml.jsonLine(new RatingUpdate(1, new String[] {"m1", "m0"}, new int[] {1, 2}, new double[] {1200, 1200}, 2, 64))));
        Files.write(run.resolve("training.jsonl"), List.of(
                StrictYaml.jsonLine(new TrainingStats("m0", 1, 0, 0.1, 0.2, 32, 1)),
                StrictYaml.jsonLine(new TrainingStats("m0", 2, 1, 0.1, 0.2, 32, 1)),
                StrictYaml.jsonLine(new TrainingStats("m1", 1, 0, 0.1, 0.2, 32, 1))));
        Hyperparameters low = new Hyperparameters(Map.of("learningRate", 0.01));
        Hyperparameters high = new Hyperparameters(Map.of("learningRate", 0.02));
        Files.write(run.resolve("pbt.jsonl"), List.of(
                StrictYaml.jsonLine(new PbtEvent("m1", "init", null, -1, 0, Double.NaN, Double.NaN, low, high, 0, "initial")),
                StrictYaml.jsonLine(new PbtEvent("m1", "exploit", "m0", 2, 64, 0.1, 0.9, high, low, 1, "m0 is better"))));
        Files.write(run.resolve("coordination.jsonl"), List.of(
                "{\"member\": \"m0\", \"version\": 2, \"adjacency\": [[0, 1], [0.5, 0]]}"));
        List<Outcome> tournament = List.of(
                new Outcome(null, List.of(List.of("m0"), List.of("random")), List.of(1, 2), 10),
                new Outcome(null, List.of(List.of("m1"), List.of("random")), List.of(1, 1), 10),
                new Outcome(null, List.of(List.of("m0"), List.of("m1")), List.of(1, 2), 10));

        Map<String, Map<Long, Long>> frames = Reports.framesByVersion(run);
        ReportModel model = Reports.fromRun(run, tournament, RatingSettings.DEFAULTS, List.of("random"),
                Map.of("m0", frames.get("m0").get(2L), "m1", frames.get("m1").get(1L)));

        assertThat(frames.get("m0")).containsEntry(1L, 32L).containsEntry(2L, 64L);
        Training training = model.training();
        assertThat(model.title()).isEqualTo("Evaluation of run r42");
        assertThat(training.ratings()).extracting(Training.Series::name).containsExactly("m0", "m1");
        assertThat(training.ratings().get(0).points()).containsExactly(new Training.Point(32, 1216), new Training.Point(64, 1200));
        assertThat(training.lineage()).hasSize(2);
        assertThat(training.lineage().get(0).objective()).isNull();
        assertThat(training.lineage().get(1).source()).isEqualTo("m0");
        assertThat(training.hyperparameters().get("learningRate").get(0).points())
                .containsExactly(new Training.Point(0, 0.02), new Training.Point(64, 0.01));
        assertThat(training.baselineWinRates()).extracting(Training.Series::name).containsExactly("m0", "m1");
        assertThat(training.baselineWinRates().get(0).points()).containsExactly(new Training.Point(64, 1.0));
        assertThat(training.baselineWinRates().get(1).points()).containsExactly(new Training.Point(32, 0.5));
        assertThat(training.coordination()).singleElement()
                .satisfies(graph -> assertThat(graph.labels()).containsExactly("agent 0", "agent 1"));
    }

    @Test
    void thin_keepsAtMostMaxPointsWithBothEnds() {
        List<Training.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            points.add(new Training.Point(i, i));
        }

        List<Training.Point> thinned = RunDirectory.thin(points);

        assertThat(thinned).hasSize(RunDirectory.MAX_POINTS);
        assertThat(thinned.get(0).x()).isEqualTo(0);
        assertThat(thinned.get(thinned.size() - 1).x()).isEqualTo(999);
    }
}
