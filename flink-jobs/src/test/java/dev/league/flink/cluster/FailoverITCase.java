package dev.league.flink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.ignite.IgniteMatchLog;
import dev.league.ignite.IgniteMemberStore;
import dev.league.ignite.IgniteNodeSpec;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteWeightStore;
import dev.league.ignite.LocalCluster;
import dev.league.league.Member;
import dev.league.league.weights.WeightRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.ignite.Ignite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TaskManager running half of the job is killed with SIGKILL mid-run: the job restarts from its
 * last checkpoint on the remaining TaskManager and a spare one, and finishes, and nothing the league had is lost — every member and its
 * hyperparameters, the newest weight versions, and a rating history without gaps (every match of
 * every round is in the match log).
 */
final class FailoverITCase {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JOB_JAR = Path.of("target", "league-job.jar").toAbsolutePath();
    private static final int IGNITE_PORT = 49540;
    private static final int ROUNDS = 40;
    private static final int MEMBERS = 4;

    @TempDir
    Path work;

    @Test
    void taskManagerKilledMidRun_jobRecoversFromCheckpoint_andTheLeagueLosesNothing() throws Exception {
        Path league = work.resolve("league.yaml");
        Files.writeString(league, String.join("\n", "members: " + MEMBERS, "rounds: " + ROUNDS, "roundsPerSecond: 3.0",
                "parallelism: 2", "pbt: {intervalFrames: 160, startFrames: 160, gapAbsolute: 5.0}", ""));
        try (LocalCluster ignite = new LocalCluster(work.resolve("ignite"), ROOT.resolve("bin/jvm17.args"),
                        ROOT.resolve("config/log4j2-test.properties"));
                StandaloneFlinkCluster flink = new StandaloneFlinkCluster(work.resolve("flink"), 2, 1)) {
            ignite.start("ha-1", IGNITE_PORT, 1, false);
            IgniteNodeSpec spec = IgniteNodeSpec.cluster("ha", IGNITE_PORT, 1, work.resolve("reader"));

            List<String> command = new ArrayList<>(flink.javaCommand("org.apache.flink.client.cli.CliFrontend", "cli"));
            command.addAll(List.of("run", "-p", "2", JOB_JAR.toString(),
                    "--scenario", ROOT.resolve("scenarios/tiny/signal-duel.yaml").toString(), "--league", league.toString(),
                    "--ignite-name", "ha", "--ignite-discovery-port", Integer.toString(IGNITE_PORT), "--ignite-servers", "1",
                    "--ignite-work-dir", work.resolve("ignite-client").toString(), "--checkpoint-interval-ms", "1000"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("cli.out").toFile());
            builder.environment().put("FLINK_CONF_DIR", flink.configDirectory().toString());
            Process cli = builder.start();

            try (Ignite reader = IgniteNodes.connect(spec.withInstanceName("ha-reader"))) {
                IgniteMatchLog log = new IgniteMatchLog(reader, 1);
                String jobId = awaitJobId(work.resolve("cli.out"));
                // both single-slot TaskManagers run the job (parallelism 2); a spare takes over after the kill
                flink.addTaskManager();
                // kill once a third of the rounds are rated and at least one checkpoint completed
                long deadline = System.currentTimeMillis() + 120_000;
                while (System.currentTimeMillis() < deadline
                        && (log.results(range(0, ROUNDS * MEMBERS / 3)).size() < ROUNDS * MEMBERS / 3
                                || !flink.rest("/jobs/" + jobId + "/checkpoints").matches("(?s).*\"completed\"\\s*:\\s*[1-9].*"))) {
                    Thread.sleep(250);
                }
                String before = flink.rest("/jobs/" + jobId);
                flink.killTaskManager(1);

                boolean finished = cli.waitFor(300, TimeUnit.SECONDS);
                String output = Files.readString(work.resolve("cli.out"), StandardCharsets.UTF_8);
                if (!finished) {
                    cli.destroyForcibly();
                }
                assertThat(finished).as("job finished after the failure:\n" + output).isTrue();
                assertThat(cli.exitValue()).as(output + "\n" + flink.log("jobmanager")).isZero();
                String restarts = flink.log("jobmanager").lines()
                        .filter(line -> line.contains("RESTARTING") || line.contains("taskmanager") && line.contains("lost"))
                        .reduce("", (a, b) -> a + b + "\n");
                assertThat(flink.rest("/jobs/" + jobId + "/exceptions"))
                        .as("the kill failed the job at least once; job before the kill:\n" + before + "\nJM:\n" + restarts)
                        .contains("exceptionHistory").containsPattern("\"timestamp\"\\s*:\\s*\\d");

                // rating history without gaps: every match of every round was played and rated
                assertThat(log.results(range(0, ROUNDS * MEMBERS))).hasSize(ROUNDS * MEMBERS);
                // members and hyperparameters are all there
                Map<String, Member> members = new IgniteMemberStore(reader, 1).all();
                assertThat(members).hasSize(MEMBERS).allSatisfy((id, member) ->
                        assertThat(member.hyperparameters().values()).containsKey("learningRate"));
                // the newest versions of every member are readable
                IgniteWeightStore weights = new IgniteWeightStore(reader, 1);
                weights.latestVersions().forEach((member, version) -> {
                    assertThat(version).isPositive();
                    assertThat(weights.get(new WeightRef(member, version))).as(member + "@" + version).isPresent();
                });
            }
        }
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }

    private static String awaitJobId(Path cliOut) throws Exception {
        Pattern submitted = Pattern.compile("submitted league job ([0-9a-f]{32})");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            Matcher matcher = submitted.matcher(Files.readString(cliOut, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no job id within 180 s:\n" + Files.readString(cliOut, StandardCharsets.UTF_8));
    }
}
