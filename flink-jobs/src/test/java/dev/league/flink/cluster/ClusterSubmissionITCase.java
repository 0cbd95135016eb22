package dev.league.flink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.ignite.IgniteLineageStore;
import dev.league.ignite.IgniteMemberStore;
import dev.league.ignite.IgniteNodeSpec;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteRatingStore;
import dev.league.ignite.IgniteWeightStore;
import dev.league.ignite.LocalCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar submitted to a real standalone Flink cluster (JobManager + 2 TaskManager JVMs from
 * Maven artifacts) with the Flink CLI, exactly as `flink run` does, against a real Ignite server
 * JVM; the league must have advanced in Ignite afterwards.
 */
final class ClusterSubmissionITCase {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JOB_JAR = Path.of("target", "league-job.jar").toAbsolutePath();
    private static final int IGNITE_PORT = 49500;

    @TempDir
    Path work;

    @Test
    void jobJar_onStandaloneCluster_advancesTheLeagueInIgnite() throws Exception {
        assertThat(JOB_JAR).as("the job jar is built at package, before integration tests").exists();
        Path league = work.resolve("league.yaml");
        Files.writeString(league, String.join("\n", "members: 4", "rounds: 12", "roundsPerSecond: 6.0", "parallelism: 2",
                "pbt: {intervalFrames: 128, startFrames: 128, gapAbsolute: 5.0}", ""));
        try (LocalCluster ignite = new LocalCluster(work.resolve("ignite"), ROOT.resolve("bin/jvm17.args"),
                        ROOT.resolve("config/log4j2-test.properties"));
                StandaloneFlinkCluster flink = new StandaloneFlinkCluster(work.resolve("flink"), 2, 1)) {
            ignite.start("grid-1", IGNITE_PORT, 1, false);

            List<String> command = new ArrayList<>(flink.javaCommand("org.apache.flink.client.cli.CliFrontend", "cli"));
            command.addAll(List.of("run", "-p", "2", JOB_JAR.toString(),
                    "--scenario", ROOT.resolve("scenarios/tiny/signal-duel.yaml").toString(),
                    "--league", league.toString(),
                    "--ignite-name", "grid", "--ignite-discovery-port", Integer.toString(IGNITE_PORT),
                    "--ignite-servers", "1", "--ignite-work-dir", work.resolve("ignite-client").toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("cli.out").toFile());
            builder.environment().put("FLINK_CONF_DIR", flink.configDirectory().toString());
            Process cli = builder.start();
            boolean finished = cli.waitFor(300, TimeUnit.SECONDS);
            String output = Files.readString(work.resolve("cli.out"), StandardCharsets.UTF_8);
            if (!finished) {
                cli.destroyForcibly();
            }
            assertThat(finished).as("flink run finished within 300 s:\n" + output).isTrue();
            assertThat(cli.exitValue()).as("flink run exit code:\n" + output + "\n" + flink.log("taskmanager-1")).isZero();
            assertThat(output).contains("submitted league job", "finished in");

            IgniteNodeSpec spec = IgniteNodeSpec.cluster("grid", IGNITE_PORT, 1, work.resolve("reader"));
            try (Ignite reader = IgniteNodes.connect(spec.withInstanceName("grid-reader"))) {
                Map<String, Long> versions = new IgniteWeightStore(reader, 1).latestVersions();
                assertThat(versions).containsOnlyKeys("m0", "m1", "m2", "m3")
                        .allSatisfy((member, version) -> assertThat(version).isPositive());
                assertThat(new IgniteRatingStore(reader, 1).all()).containsKeys("m0", "m1", "m2", "m3")
                        .anySatisfy((player, rating) -> assertThat(rating).isNotEqualTo(1200.0));
                assertThat(new IgniteLineageStore(reader, 1).events("m1")).isNotEmpty();
                assertThat(new IgniteMemberStore(reader, 1).all()).hasSize(4);
            }
        }
    }
}
