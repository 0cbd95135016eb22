package dev.league.evaluation.report;

import java.util.List;
import java.util.Map;

/**
 * What a run directory adds to a report: series over training time.
 *
 * @param runId the run's id
 * @param ratings the league's streamed rating of each member after each of its matches, x = league frames (ratings.jsonl)
 * @param lineage PBT decisions in order (pbt.jsonl)
 * @param hyperparameters per hyperparameter name, each member's value after each PBT decision, x = member frames
 * @param baselineWinRates per member, the win rate against the baselines of each evaluated version, x = member frames at that version
 * @param coordination DICG coordination graphs (soft adjacency [N, N]) when the run wrote them (coordination.jsonl)
 */
public record Training(
        String runId,
        List<Series> ratings,
        List<LineageEvent> lineage,
        Map<String, List<Series>> hyperparameters,
        List<Series> baselineWinRates,
        List<Matrix> coordination) {

    public Training {
        ratings = List.copyOf(ratings);
        lineage = List.copyOf(lineage);
        hyperparameters = Map.copyOf(hyperparameters);
        baselineWinRates = List.copyOf(baselineWinRates);
        coordination = List.copyOf(coordination);
    }

    /** A named line of points. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** One point of a series. */
    public record Point(double x, double y) {
        public Point {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("point must be finite, was (" + x + ", " + y + ")");
            }
        }
    }

    /**
     * One PBT decision.
     *
     * @param member the member decided about
     * @param kind init, keep, explore or exploit
     * @param source the member whose weights were copied (exploit only, else null)
     * @param sourceVersion the copied version (exploit only, else -1)
     * @param frames the member's frames when decided
     * @param generation the member's generation after the decision
     * @param objective the member's objective when decided (null when undefined)
     * @param reason the controller's sentence
     */
    public record LineageEvent(String member, String kind, String source, long sourceVersion, long frames,
            int generation, Double objective, String reason) {}

    /**
     * A labelled square matrix, e.g. a coordination graph's soft adjacency.
     *
     * @param title what it shows
     * @param labels row and column labels, [N]
     * @param values [N, N]
     */
    public record Matrix(String title, List<String> labels, List<List<Double>> values) {
        public Matrix {
            labels = List.copyOf(labels);
            values = values.stream().map(List::copyOf).toList();
            int size = labels.size();
            if (values.size() != size || values.stream().anyMatch(row -> row.size() != size)) {
                throw new IllegalArgumentException("matrix '" + title + "' must be [N, N] with N = " + size);
            }
        }
    }
}
