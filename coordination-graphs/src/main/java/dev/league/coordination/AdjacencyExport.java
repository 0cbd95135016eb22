package dev.league.coordination;

import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The learned coordination graph of an episode as JSON lines ({@code coordination.jsonl}), one
 * object per step, in the form the evaluation report reads:
 * {@code {"member":"m3","scenario":"penalty-1.5","step":0,"adjacency":[[0.5,0.5],[0.25,0.75]]}}
 * — {@code adjacency} is the soft adjacency M [N][N] (row i: agent i's attention over agents j,
 * self included; rows and columns of absent agents are 0); {@code member} and {@code scenario}
 * are left out when null.
 */
public final class AdjacencyExport {

    private AdjacencyExport() {}

    /** One line (without the newline). */
    public static String jsonLine(String member, String scenario, int step, double[][] adjacency) {
        if (step < 0) {
            throw new IllegalArgumentException("adjacency.step must be >= 0, was " + step);
        }
        StringBuilder line = new StringBuilder(32 + adjacency.length * adjacency.length * 12).append('{');
        if (member != null) {
            line.append("\"member\":");
            string(line, member);
            line.append(',');
        }
        if (scenario != null) {
            line.append("\"scenario\":");
            string(line, scenario);
            line.append(',');
        }
        line.append("\"step\":").append(step).append(",\"adjacency\":[");
        for (int i = 0; i < adjacency.length; i++) {
            if (adjacency[i].length != adjacency.length) {
                throw new IllegalArgumentException("adjacency must be square [N][N], row " + i + " has " + adjacency[i].length
                        + " values, N = " + adjacency.length);
            }
            line.append(i == 0 ? "[" : ",[");
            for (int j = 0; j < adjacency.length; j++) {
                double value = adjacency[i][j];
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("adjacency[" + i + "][" + j + "] must be finite, was " + value);
                }
                if (j > 0) {
                    line.append(',');
                }
                line.append(value);
            }
            line.append(']');
        }
        return line.append("]}").toString();
    }

    /**
     * Plays one episode of {@code scenario} with the network's greedy (most probable allowed)
     * actions from reset seed {@code seed} and returns the adjacency of every step as JSON lines.
     *
     * @throws IllegalArgumentException when the network uses no graph ({@code independent} + {@code mlp})
     */
    public static List<String> episode(DicgNetwork network, ScenarioSpec scenario, String member, long seed) {
        if (!network.spec().centralizedPolicy() && !network.spec().graphCritic()) {
            throw new IllegalArgumentException("coordination graph export needs a dicg policy or critic, was policy "
                    + network.spec().policy() + ", critic " + network.spec().critic());
        }
        MultiAgentEnvironment environment = scenario.newEnvironment();
        int n = network.agents();
        int d = network.observationSize();
        int a = network.actions();
        Step current = environment.reset(seed);
        List<String> lines = new ArrayList<>();
        for (int t = 0; ; t++) {
            float[] observations = new float[n * d];
            boolean[] masks = new boolean[n * a];
            double[] present = new double[n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(current.observations()[i], 0, observations, i * d, d);
                System.arraycopy(current.availableActions()[i], 0, masks, i * a, a);
                for (int k = 1; k < a; k++) {
                    present[i] = masks[i * a + k] || a == 1 ? 1 : present[i];
                }
            }
            DicgNetwork.Evaluation evaluation = network.evaluate(
                    Nd4j.createFromArray(observations).reshape('c', 1, n, d).castTo(network.parameters().dataType()), present, masks);
            double[][] adjacency = new double[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(evaluation.adjacency(), i * n, adjacency[i], 0, n);
            }
            lines.add(jsonLine(member, scenario.name(), t, adjacency));
            int[] actions = new int[n];
            for (int i = 0; i < n; i++) {
                int best = -1;
                for (int k = 0; k < a; k++) {
                    if (masks[i * a + k] && (best < 0 || evaluation.logProbabilities()[i * a + k] > evaluation.logProbabilities()[i * a + best])) {
                        best = k;
                    }
                }
                actions[i] = best;
            }
            current = environment.step(actions);
            if (current.done()) {
                return lines;
            }
        }
    }

    /** Writes {@link #episode} to {@code file} (UTF-8, one line each, created or replaced). */
    public static void writeEpisode(Path file, DicgNetwork network, ScenarioSpec scenario, String member, long seed) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : episode(network, scenario, member, seed)) {
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write coordination graph to " + file, e);
        }
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
