package dev.league.flink.cluster;

import dev.league.flink.job.LeagueEvent;
import dev.league.flink.job.LeagueJob;
import dev.league.flink.job.LeagueJobSpec;
import dev.league.flink.job.LeagueStores;
import dev.league.flink.job.StartingWeights;
import dev.league.ignite.IgniteMemberStore;
import dev.league.ignite.IgniteNodeSpec;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteWeightStore;
import dev.league.league.LeagueSpec;
import dev.league.league.Population;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.yaml.ConfigException;
import dev.league.scenarios.yaml.StrictYaml;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.ignite.Ignite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The league job as submitted to a Flink cluster ({@code flink run league-job.jar ...}): reads the
 * scenario and league files on the client, seeds the population into the Ignite grid the cluster's
 * task managers join as clients, and runs the league topology on the cluster's execution
 * environment. Exit code 2 on bad input, as the CLI. With {@code budget.minutes}, this client cancels
 * the job at the deadline (run it attached, i.e. without {@code flink run -d}).
 */
@Command(name = "league-job", mixinStandardHelpOptions = true,
        description = "Run a league on a Flink cluster against an Ignite grid.")
public final class LeagueJobMain implements Callable<Integer> {

    @Option(names = "--scenario", required = true, description = "Scenario file")
    Path scenarioFile;

    @Option(names = "--league", description = "League file (defaults apply to what it omits)")
    Path leagueFile;

    @Option(names = "--ignite-name", defaultValue = "league", description = "Ignite grid name (default: ${DEFAULT-VALUE})")
    String igniteName;

    @Option(names = "--ignite-discovery-port", required = true, description = "First discovery port of the grid's servers")
    int discoveryPort;

    @Option(names = "--ignite-servers", defaultValue = "1", description = "Number of server nodes (= discovery ports)")
    int servers;

    @Option(names = "--ignite-work-dir", required = true, description = "Work directory for this process's Ignite client node")
    Path igniteWork;

    @Option(names = "--parallelism", description = "Overrides the league file's parallelism")
    Integer parallelism;

    @Option(names = "--checkpoint-dir", description = "Checkpoint directory URI (e.g. file:///shared/checkpoints); default: the cluster's "
            + "execution.checkpointing.dir, else the JobManager's heap, which only suits small experience records")
    String checkpointDirectory;

    @Option(names = "--checkpoint-interval-ms", defaultValue = "5000", description = "Checkpoint interval (default: ${DEFAULT-VALUE})")
    long checkpointMillis;

    @Option(names = "--init-from", paramLabel = "<run-dir>",
            description = "Start every member from the final weights of an earlier run (its weights/<member>.lgw) instead of fresh networks")
    Path initFrom;

    public static void main(String[] args) throws Exception {
        int exitCode = new CommandLine(new LeagueJobMain())
                .setExecutionExceptionHandler((problem, command, parseResult) -> {
                    if (problem instanceof ConfigException || problem instanceof IllegalArgumentException) {
                        System.err.println("league-job: " + problem.getMessage());
                        return 2;
                    }
                    throw problem;
                })
                .execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public Integer call() throws Exception {
        ScenarioSpec scenario = Scenarios.load(scenarioFile);
        LeagueSpec league = leagueFile == null ? LeagueSpec.DEFAULTS : StrictYaml.read(leagueFile, LeagueSpec.class);
        if (parallelism != null) {
            league = league.withParallelism(parallelism);
        }
        IgniteNodeSpec ignite = IgniteNodeSpec.cluster(igniteName, discoveryPort, servers, igniteWork);
        LeagueJobSpec spec = new LeagueJobSpec(scenario, league, ignite);
        try (Ignite client = IgniteNodes.connect(ignite)) {
            Population population = Population.initial(league);
            Map<String, byte[]> start = initFrom == null ? Map.of() : StartingWeights.forLeague(initFrom, scenario, league);
            LeagueStores.seed(new IgniteWeightStore(client, ignite.backups()), new IgniteMemberStore(client, ignite.backups()),
                    population, spec, start);
        }
        org.apache.flink.configuration.Configuration jobConfiguration = new org.apache.flink.configuration.Configuration();
        if (checkpointDirectory != null) {
            jobConfiguration.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            jobConfiguration.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDirectory);
        }
        StreamExecutionEnvironment environment = StreamExecutionEnvironment.getExecutionEnvironment(jobConfiguration);
        environment.setParallelism(league.parallelism());
        // learner versions, matchmaking league, rating table and PBT controller are checkpointed
        LeagueJob.enableCheckpointing(environment, checkpointMillis);
        DataStream<LeagueEvent> events = LeagueJob.events(LeagueJob.build(LeagueJob.rounds(environment, spec), spec));
        events.sinkTo(new DiscardingSink<>()).name("events");
        JobClient job = environment.executeAsync("league " + scenario.name());
        System.out.println("submitted league job " + job.getJobID());
        if (league.budget().hasMinutes()) {
            // budget.minutes is kept by this (attached) client: it cancels the job at the deadline
            try {
                JobExecutionResult result = job.getJobExecutionResult()
                        .get(Math.round(league.budget().minutes() * 60_000), java.util.concurrent.TimeUnit.MILLISECONDS);
                System.out.println("league job " + result.getJobID() + " finished in " + result.getNetRuntime() + " ms");
            } catch (java.util.concurrent.TimeoutException deadline) {
                job.cancel().get();
                System.out.println("league job " + job.getJobID() + ": budget of " + league.budget().minutes()
                        + " minutes reached, job cancelled (weights, ratings and members stay in the Ignite grid)");
            }
            return 0;
        }
        JobExecutionResult result = job.getJobExecutionResult().get();
        System.out.println("league job " + result.getJobID() + " finished in " + result.getNetRuntime() + " ms");
        return 0;
    }
}
