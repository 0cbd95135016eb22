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
 * Learning tests through the real league job (MiniCluster, Ignite, matchmaker, rollouts,
 * learners, ratings): with fixed seeds, the members' win rate against a scripted baseline must rise
 * clearly from the first evaluations to the last ones — on the tiny signal duel and on SMAC-like 3m.
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
        List<Double> scores = baselineScores(runs.resolve(runId));
        // 15 evaluation rounds × 4 members × 16 games (agent.envs) per baseline match
        assertThat(scores).hasSize(15 * 4 * 16);
        double early = scores.subList(0, 64).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double late = scores.subList(scores.size() - 128, scores.size()).stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        System.out.printf("signal duel vs random through the job: early %.3f, late %.3f%n", early, late);
        assertThat(late).as("late win rate vs random (early %.2f)", early).isGreaterThanOrEqualTo(0.72);
        assertThat(late - early).as("improvement over training (early %.2f, late %.2f)", early, late).isGreaterThan(0.1);
    }

    /**
     * SMAC-like 3m through the real job: two APPO members (MLP actors, per-agent value heads), one
     * self-play and one match against the scripted {@code medium} AI per member and round, for a
     * budget of 90 s. From losing every first game against the AI (random play) they must win a
     * clear share of the last ones.
     */
    @Test
    void smac3m_membersLearnToBeatTheScriptedAi_throughTheRealJob() throws Exception {
        LeagueSpec league = StrictYaml.parse("league", String.join("\n",
                "members: 2", "rounds: 100000", "roundsPerSecond: 1000", "learningRate: 0.001", "seed: 3",
                "baselines: [medium]", "evaluationEvery: 1", "pbt: {enabled: false}",
                "agent: {critic: local, hidden: 64, envs: 16, epochs: 4, entropyCoefficient: 0.001}",
                "budget: {minutes: 1.5}", ""), LeagueSpec.class);
        ScenarioSpec scenario = dev.league.scenarios.Scenarios.load(Path.of("..", "scenarios", "smac", "3m.yaml"));
        EmbeddedLeague embedded = new EmbeddedLeague(scenario, "3m", league, runs, 49920);
        String runId = embedded.newRunId();

        RunResults results = embedded.run(runId, EmbeddedLeague.Progress.NONE);

        assertThat(results.status()).isEqualTo("budget");
        List<Double> scores = baselineScores(runs.resolve(runId));
        assertThat(scores).hasSizeGreaterThan(400);
        double early = mean(scores.subList(0, 64));
        double late = mean(scores.subList(scores.size() - scores.size() / 5, scores.size()));
        System.out.printf("3m vs medium through the job: early %.3f (first 64 games), late %.3f (last %d games)%n", early, late,
                scores.size() / 5);
        assertThat(late).as("late win rate vs medium (early %.2f)", early).isGreaterThanOrEqualTo(0.3);
        assertThat(late - early).as("improvement (early %.2f, late %.2f)", early, late).isGreaterThan(0.2);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Members' scores (win 1, draw ½) against scripted baselines, in rating order. */
    private static List<Double> baselineScores(Path run) throws java.io.IOException {
        List<Double> scores = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("ratings.jsonl"))) {
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
        return scores;
    }
}
