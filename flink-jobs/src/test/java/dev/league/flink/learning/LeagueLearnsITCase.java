package dev.league.flink.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.flink.embedded.EmbeddedLeague;
import dev.league.flink.embedded.RunResults;
import dev.league.league.LeagueSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.yaml.StrictYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learning test through the real league job (MiniCluster, Ignite, matchmaker, rollouts,
 * learners, ratings, PBT): on the tiny signal duel, with fixed seeds, the members' win rate
 * against the scripted {@code random} baseline must rise clearly from the first evaluations to the
 * last ones.
 */
final class LeagueLearnsITCase {

    private static final Pattern RESULT = Pattern.compile("\"players\":\\[\"([^\"]+)\",\"([^\"]+)\"\\],\"ranks\":\\[(\\d),(\\d)\\]");

    @TempDir
    Path runs;

    @Test
    void membersImproveAgainstTheScriptedBaseline_throughTheRealJob() throws Exception {
        LeagueSpec league = StrictYaml.parse("league", String.join("\n",
                "members: 4", "rounds: 45", "roundsPerSecond: 30", "learningRate: 0.003", "discount: 0.0", "seed: 11",
                "baselines: [random]", "evaluationEvery: 3", "pbt: {enabled: false}", ""), LeagueSpec.class);
        EmbeddedLeague embedded = new EmbeddedLeague(ScenarioSpec.tinySignalDuel(), "tiny", league, runs, 49900);
        String runId = embedded.newRunId();

        RunResults results = embedded.run(runId, EmbeddedLeague.Progress.NONE);

        assertThat(results.status()).isEqualTo("completed");
        List<Double> scores = new ArrayList<>();    // member's score against random, in rating order
        for (String line : Files.readAllLines(runs.resolve(runId).resolve("ratings.jsonl"))) {
            Matcher matcher = RESULT.matcher(line);
            if (matcher.find()) {
                boolean firstIsBaseline = matcher.group(1).startsWith(LeagueSpec.SCRIPTED);
                boolean secondIsBaseline = matcher.group(2).startsWith(LeagueSpec.SCRIPTED);
                if (firstIsBaseline != secondIsBaseline) {
                    int member = Integer.parseInt(firstIsBaseline ? matcher.group(4) : matcher.group(3));
                    int baseline = Integer.parseInt(firstIsBaseline ? matcher.group(3) : matcher.group(4));
                    scores.add(member < baseline ? 1.0 : member == baseline ? 0.5 : 0.0);
                }
            }
        }
        // 15 evaluation rounds × 4 members × 16 games (agent.envs) per baseline match
        assertThat(scores).hasSize(15 * 4 * 16);
        double early = scores.subList(0, 64).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double late = scores.subList(scores.size() - 128, scores.size()).stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        assertThat(late).as("late win rate vs random (early %.2f)", early).isGreaterThanOrEqualTo(0.72);
        assertThat(late - early).as("improvement over training (early %.2f, late %.2f)", early, late).isGreaterThan(0.1);
    }
}
