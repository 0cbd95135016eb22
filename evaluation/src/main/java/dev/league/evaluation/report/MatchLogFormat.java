package dev.league.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a match log of results produced elsewhere: one JSON object per line (blank lines are
 * skipped). Accepted shapes, each with an optional {@code "scenario"} string and {@code "frames"}
 * count:
 *
 * <ul>
 *   <li>{@code {"players": ["a", "b"], "winner": "a"}} — a winner among the players, or
 *       {@code "winner": null} for a draw; with more than two players the others share rank 2;
 *   <li>{@code {"players": ["a", "b", "c"], "ranks": [1, 2, 2]}} — a free-for-all;
 *   <li>{@code {"teams": [["a1", "a2"], ["b1", "b2"]], "ranks": [1, 2]}} — teams (rank 1 is best,
 *       equal ranks tie; a team of one is a player in a free-for-all).
 * </ul>
 *
 * Any other field, or a line that fits none of these, is rejected with its line number.
 */
public final class MatchLogFormat {

    private static final Set<String> FIELDS = Set.of("scenario", "players", "winner", "teams", "ranks", "frames");

    private MatchLogFormat() {}

    /**
     * Reads every match of the file, in file order.
     *
     * @throws MalformedMatchLogException at the first bad line, or when the log has no match
     */
    public static List<Outcome> read(Path file) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    outcomes.add(parse(line));
                } catch (IllegalArgumentException problem) {
                    throw new MalformedMatchLogException(file, number, problem.getMessage());
                }
            }
        }
        if (outcomes.isEmpty()) {
            throw new MalformedMatchLogException(file, 1, "the log holds no match (one JSON object per line expected)");
        }
        return outcomes;
    }

    /** Parses one line; an {@link IllegalArgumentException} names the rule it breaks. */
    static Outcome parse(String line) {
        JsonNode node;
        try {
            node = StrictYaml.json().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, was " + (node == null ? "nothing" : node.getNodeType()));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (allowed: players + winner, players + ranks, "
                        + "teams + ranks; optional scenario, frames)");
            }
        }
        String scenario = null;
        if (node.has("scenario") && !node.get("scenario").isNull()) {
            if (!node.get("scenario").isTextual()) {
                throw new IllegalArgumentException("scenario must be a string, was " + node.get("scenario"));
            }
            scenario = node.get("scenario").asText();
        }
        long frames = 0;
        if (node.has("frames")) {
            if (!node.get("frames").canConvertToLong() || !node.get("frames").isIntegralNumber()) {
                throw new IllegalArgumentException("frames must be an integer, was " + node.get("frames"));
            }
            frames = node.get("frames").asLong();
        }
        boolean players = node.has("players");
        boolean teams = node.has("teams");
        if (players == teams) {
            throw new IllegalArgumentException("needs exactly one of 'players' or 'teams'");
        }
        if (teams) {
            if (node.has("winner")) {
                throw new IllegalArgumentException("'winner' goes with 'players'; with 'teams' give 'ranks'");
            }
            JsonNode array = node.get("teams");
            if (!array.isArray()) {
                throw new IllegalArgumentException("teams must be an array of arrays of player ids, was " + array);
            }
            List<List<String>> lineup = new ArrayList<>();
            for (int t = 0; t < array.size(); t++) {
                lineup.add(strings(array.get(t), "teams[" + t + "]"));
            }
            return new Outcome(scenario, lineup, ranks(node, lineup.size()), frames);
        }
        List<String> ids = strings(node.get("players"), "players");
        List<List<String>> lineup = ids.stream().map(List::of).toList();
        if (node.has("winner") == node.has("ranks")) {
            throw new IllegalArgumentException("'players' needs exactly one of 'winner' (a player id or null for a draw) or 'ranks'");
        }
        if (node.has("ranks")) {
            return new Outcome(scenario, lineup, ranks(node, ids.size()), frames);
        }
        JsonNode winner = node.get("winner");
        List<Integer> ranks = new ArrayList<>();
        if (winner.isNull()) {
            ids.forEach(id -> ranks.add(1));
        } else {
            if (!winner.isTextual() || !ids.contains(winner.asText())) {
                throw new IllegalArgumentException("winner must be one of " + ids + " or null (a draw), was " + winner);
            }
            ids.forEach(id -> ranks.add(id.equals(winner.asText()) ? 1 : 2));
        }
        return new Outcome(scenario, lineup, ranks, frames);
    }

    private static List<String> strings(JsonNode array, String field) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of player ids, was " + array);
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : array) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new IllegalArgumentException(field + " must hold non-blank strings, was " + array);
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private static List<Integer> ranks(JsonNode node, int teams) {
        JsonNode array = node.get("ranks");
        if (array == null || !array.isArray() || array.size() != teams) {
            throw new IllegalArgumentException("ranks must be an array of " + teams + " integers (one per team), was " + array);
        }
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode rank : array) {
            if (!rank.isIntegralNumber()) {
                throw new IllegalArgumentException("ranks must hold integers, was " + array);
            }
            ranks.add(rank.asInt());
        }
        return ranks;
    }
}
