package dev.league.flink.embedded;

import dev.league.flink.training.AgentFactory;
import dev.league.evaluation.Standing;
import dev.league.evaluation.Standings;
import dev.league.flink.job.LeagueEvent;
import dev.league.flink.job.LeagueJob;
import dev.league.flink.job.LeagueJobSpec;
import dev.league.flink.job.LeagueStores;
import dev.league.flink.job.StartingWeights;
import dev.league.flink.metrics.LeagueMetrics;
import dev.league.ignite.IgniteNodeSpec;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteMemberStore;
import dev.league.ignite.IgniteRatingStore;
import dev.league.ignite.IgniteWeightStore;
import dev.league.league.LeagueSpec;
import dev.league.league.Population;
import dev.league.league.weights.WeightRef;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.RatingUpdate;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.apache.ignite.Ignite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a league on one machine: an embedded Ignite server node, a Flink MiniCluster with
 * {@code parallelism} task managers of one slot each, and the league job; writes the run
 * directory.
 *
 * <pre>
 * runs/&lt;run-id&gt;/config.yaml      resolved scenario + league config, seed, git revision
 * runs/&lt;run-id&gt;/ratings.jsonl    one rating update per match
 * runs/&lt;run-id&gt;/training.jsonl   one learner update per line (member, version, loss, return, frames)
 * runs/&lt;run-id&gt;/pbt.jsonl        PBT events with their reasons (the population's lineage)
 * runs/&lt;run-id&gt;/weights/*.lgw    final state of every member (AgentBlob: acting network first)
 * runs/&lt;run-id&gt;/results.json     standings, versions, totals (RunResults)
 * runs/&lt;run-id&gt;/metrics.prom     the final Prometheus scrape of the run's metrics
 * </pre>
 */
public final class EmbeddedLeague {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLeague.class);
    private static final long CHECKPOINT_INTERVAL_MILLIS = 5_000;

    /** Receives progress while the job runs. */
    public interface Progress {
        void update(long matches, long frames, double framesPerSecond, String leader, double leaderRating);

        /** The members' recent win rate against the scripted baselines (win 1, draw 1/2), when they play them. */
        default void baselines(double winRate) {
        }

        /** The metrics endpoint is up on this port. */
        default void metrics(int port) {
        }

        Progress NONE = (matches, frames, framesPerSecond, leader, leaderRating) -> { };
    }

    private final ScenarioSpec scenario;
    private final String scenarioFile;
    private final LeagueSpec league;
    private final Path runsRoot;
    private final int ignitePortFrom;
    private volatile JobClient runningJob;
    private volatile Integer metricsPort;
    private Path initFrom;
    private Map<String, byte[]> startingWeights = Map.of();
    private volatile boolean stopRequested;
    private volatile boolean budgetSpent;
    private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);

    public EmbeddedLeague(ScenarioSpec scenario, String scenarioFile, LeagueSpec league, Path runsRoot) {
        this(scenario, scenarioFile, league, runsRoot, IgniteNodeSpec.DEFAULT_DISCOVERY_PORT);
    }

    /**
     * @param ignitePortFrom the embedded Ignite node takes the first free discovery port from here
     *     (tests give each class its own range)
     */
    public EmbeddedLeague(ScenarioSpec scenario, String scenarioFile, LeagueSpec league, Path runsRoot, int ignitePortFrom) {
        this.scenario = scenario;
        this.scenarioFile = scenarioFile;
        this.league = league;
        this.runsRoot = runsRoot;
        this.ignitePortFrom = ignitePortFrom;
    }

    /** Total matches the run will play, baseline matches included. */
    public long plannedMatches() {
        long rounds = dev.league.flink.job.LeagueJob.rounds(league, scenario.environmentSpec().episodeLimit());
        long evaluations = league.baselines().isEmpty() ? 0 : (rounds + league.evaluationEvery() - 1) / league.evaluationEvery();
        return rounds * league.members() + evaluations * league.members() * league.baselineMatchesPerMember();
    }

    /** Frames the planned matches play (each agent.envs games of T steps); the budget may end the run earlier. */
    public long plannedFrames() {
        return plannedMatches() * league.agent().framesPerMatch(scenario.environmentSpec().episodeLimit());
    }

    /** A fresh run id: time stamp and scenario name. */
    public String newRunId() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + "-" + scenario.name();
    }

    /**
     * Members start from the final weights of the run in {@code runDirectory} instead of fresh
     * networks (see {@link StartingWeights}); read and checked now, once, so a misfit fails before
     * anything starts.
     */
    public void initFrom(Path runDirectory) {
        this.startingWeights = StartingWeights.forLeague(runDirectory, scenario, league);
        this.initFrom = runDirectory;
    }

    /** Serves Prometheus metrics on 127.0.0.1:{@code port} while running (0 = any free port). */
    public void serveMetrics(int port) {
        this.metricsPort = port;
    }

    /**
     * Asks a running league to stop (Ctrl-C): the job is cancelled, and {@link #run} still reads the
     * final versions and ratings, writes the run directory (status {@code stopped}) and returns.
     */
    public void stop() {
        stopRequested = true;
        JobClient job = runningJob;
        if (job != null) {
            job.cancel();
        }
    }

    /** Waits until {@link #run} has returned (or failed), at most {@code seconds}. */
    public boolean awaitFinished(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }

    /** Runs the league to its budget and returns its results; the run directory is complete on return. */
    public RunResults run(String runId, Progress progress) throws Exception {
        try {
            return runToEnd(runId, progress);
        } finally {
            finished.countDown();
        }
    }

    private RunResults runToEnd(String runId, Progress progress) throws Exception {
        Path runDirectory = runsRoot.resolve(runId);
        Files.createDirectories(runDirectory);
        Path igniteWork = runDirectory.resolve("ignite");
        IgniteNodeSpec igniteSpec =
                IgniteNodeSpec.embedded("league-" + runId.replaceAll("[^A-Za-z0-9_.-]", "-"), igniteWork, ignitePortFrom);
        LeagueJobSpec spec = new LeagueJobSpec(scenario, league, igniteSpec);
        String revision = System.getProperty("league.git.revision", "unknown");
        ResolvedConfig config = new ResolvedConfig(runId, revision, scenarioFile, scenario, league,
                igniteSpec.discoveryPort(), league.parallelism(), initFrom == null ? null : initFrom.toString());
        Files.writeString(runDirectory.resolve("config.yaml"), StrictYaml.write(config));
        LOG.info("run {}: scenario {}, {} members, {} rounds, parallelism {}, seed {}, git {}", runId, scenario.name(),
                league.members(), league.rounds(), league.parallelism(), league.seed(), revision);

        try (Ignite ignite = IgniteNodes.startServer(igniteSpec)) {
            if (initFrom != null) {
                LOG.info("members start from the final weights of {}", initFrom);
            }
            LeagueStores.seed(new IgniteWeightStore(ignite, igniteSpec.backups()),
                    new IgniteMemberStore(ignite, igniteSpec.backups()), Population.initial(league), spec, startingWeights);

            Configuration flink = miniCluster(league.parallelism());
            // unaligned checkpoints carry in-flight experience (MBs per record): files, not the JobManager heap
            flink.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            flink.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                    runDirectory.resolve("checkpoints").toUri().toString());
            MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                    .setConfiguration(flink)
                    .setNumTaskManagers(league.parallelism())
                    .setNumSlotsPerTaskManager(1)
                    .build());
            cluster.start();
            try {
                return runOn(cluster, flink, spec, runDirectory, ignite, igniteSpec, progress);
            } finally {
                cluster.close();
            }
        } finally {
            deleteRecursively(igniteWork);
            deleteRecursively(runDirectory.resolve("checkpoints"));
        }
    }

    private RunResults runOn(MiniCluster cluster, Configuration flink, LeagueJobSpec spec, Path runDirectory, Ignite ignite,
            IgniteNodeSpec igniteSpec, Progress progress) throws Exception {
        String runId = runDirectory.getFileName().toString();
        IgniteWeightStore weights = new IgniteWeightStore(ignite, igniteSpec.backups());
        // The job goes to the long-lived MiniCluster through its REST endpoint, as it would to a standalone
        // cluster; the classes are already on this JVM's class path, so no jar is shipped.
        URI rest = cluster.getRestAddress().get();
        cluster.listJobs().get(120, TimeUnit.SECONDS);   // the dispatcher has a leader: submission will not be bounced
        StreamExecutionEnvironment environment =
                StreamExecutionEnvironment.createRemoteEnvironment(rest.getHost(), rest.getPort(), flink);
        environment.setParallelism(league.parallelism());
        // learner versions, rating tables and the PBT controller are Flink state: checkpoint them
        LeagueJob.enableCheckpointing(environment, CHECKPOINT_INTERVAL_MILLIS);
        LeagueJob.Streams streams = LeagueJob.build(LeagueJob.rounds(environment, spec), spec);
        CloseableIterator<LeagueEvent> events = LeagueJob.events(streams).collectAsync();
        long started = System.nanoTime();
        JobClient job = environment.executeAsync("league " + runId);
        runningJob = job;
        if (stopRequested) {
            job.cancel();
        }
        java.util.concurrent.ScheduledExecutorService deadline = null;
        if (league.budget().hasMinutes()) {
            deadline = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "league-budget");
                thread.setDaemon(true);
                return thread;
            });
            deadline.schedule(() -> {
                LOG.info("budget of {} minutes reached: stopping the league", league.budget().minutes());
                budgetSpent = true;
                stop();
            }, Math.round(league.budget().minutes() * 60_000), TimeUnit.MILLISECONDS);
        }
        LOG.info("submitted job {} to the MiniCluster at {}", job.getJobID(), rest);

        List<MatchResult> results = new ArrayList<>();
        long frames = 0;
        long updates = 0;
        try (LeagueMetrics metrics = new LeagueMetrics(scenario.name());
                BufferedWriter ratingsOut = Files.newBufferedWriter(runDirectory.resolve("ratings.jsonl"));
                BufferedWriter trainingOut = Files.newBufferedWriter(runDirectory.resolve("training.jsonl"));
                BufferedWriter pbtOut = Files.newBufferedWriter(runDirectory.resolve("pbt.jsonl"));
                events) {
            if (metricsPort != null) {
                int port = metrics.serve(metricsPort);
                LOG.info("metrics: http://127.0.0.1:{}/metrics", port);
                progress.metrics(port);
            }
            Map<String, Double> table = new TreeMap<>();
            java.util.ArrayDeque<Double> recentBaselineScores = new java.util.ArrayDeque<>();
            while (hasNext(events)) {
                LeagueEvent event = events.next();
                metrics.record(event);
                if (event.training() != null) {
                    writeLine(trainingOut, event.training());
                    updates++;
                    continue;
                }
                if (event.pbt() != null) {
                    writeLine(pbtOut, event.pbt());
                    continue;
                }
                RatingUpdate update = event.rating();
                writeLine(ratingsOut, update);
                recordBaselineResult(update, recentBaselineScores);
                if (!recentBaselineScores.isEmpty()) {
                    progress.baselines(recentBaselineScores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
                }
                results.add(new MatchResult(update.matchId(), update.players(), new long[update.players().length],
                        update.ranks(), 0));
                for (int side = 0; side < update.players().length; side++) {
                    table.put(update.players()[side], update.ratings()[side]);
                }
                frames = Math.max(frames, update.frames());
                Map.Entry<String, Double> leader = table.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.update(update.matches(), frames, frames / Math.max(seconds, 1e-9), leader.getKey(),
                        leader.getValue());
            }
            Files.writeString(runDirectory.resolve("metrics.prom"), metrics.scrape());
        }
        if (deadline != null) {
            deadline.shutdownNow();
        }
        if (!stopRequested) {
            job.getJobExecutionResult().get();
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;

        Map<String, Long> versions = weights.latestVersions();
        Map<String, Double> finalRatings = new IgniteRatingStore(ignite, igniteSpec.backups()).all();
        saveWeights(weights, versions, runDirectory.resolve("weights"), AgentFactory.of(scenario, league));
        List<Standing> standings = Standings.of(results, finalRatings, versions);
        RunResults runResults = new RunResults(runId, scenario.name(), budgetSpent ? "budget" : stopRequested ? "stopped" : "completed",
                results.size(), frames,
                updates, wallSeconds, frames / wallSeconds, versions, standings);
        StrictYaml.json().writeValue(runDirectory.resolve("results.json").toFile(), runResults);
        LOG.info("run {} finished: {} matches, {} frames, {} learner updates in {} s", runId, results.size(), frames,
                updates, String.format("%.1f", wallSeconds));
        return runResults;
    }

    /** MiniCluster settings: loopback only, one slot per task manager, as many TMs as the parallelism. */
    static Configuration miniCluster(int parallelism) {
        Configuration configuration = new Configuration();
        configuration.set(RestOptions.ADDRESS, "127.0.0.1");
        configuration.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        configuration.set(RestOptions.BIND_PORT, "0");
        configuration.set(JobManagerOptions.ADDRESS, "127.0.0.1");
        configuration.set(JobManagerOptions.BIND_HOST, "127.0.0.1");
        configuration.set(TaskManagerOptions.BIND_HOST, "127.0.0.1");
        configuration.set(TaskManagerOptions.HOST, "127.0.0.1");
        configuration.set(TaskManagerOptions.NUM_TASK_SLOTS, 1);
        return configuration;
    }

    /** Keeps the last 50 member-vs-baseline scores. */
    private static void recordBaselineResult(RatingUpdate update, java.util.ArrayDeque<Double> recent) {
        String[] players = update.players();
        for (int side = 0; side < players.length; side++) {
            for (int other = 0; other < players.length; other++) {
                if (!LeagueSpec.isBaseline(players[side]) && LeagueSpec.isBaseline(players[other])) {
                    int self = update.ranks()[side];
                    int them = update.ranks()[other];
                    recent.addLast(self < them ? 1.0 : self == them ? 0.5 : 0.0);
                    if (recent.size() > 50) {
                        recent.removeFirst();
                    }
                }
            }
        }
    }

    /** The iterator's next-check; after a stop request, the cancelled job's end is the end of the stream. */
    private boolean hasNext(CloseableIterator<LeagueEvent> events) {
        try {
            return events.hasNext();
        } catch (RuntimeException ended) {
            if (stopRequested) {
                LOG.info("league stopped on request; writing the run directory");
                return false;
            }
            throw ended;
        }
    }

    private static void writeLine(BufferedWriter out, Object record) throws IOException {
        out.write(StrictYaml.jsonLine(record));
        out.newLine();
    }

    private static void saveWeights(IgniteWeightStore weights, Map<String, Long> versions, Path directory, AgentFactory factory)
            throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, Long> entry : versions.entrySet()) {
            WeightRef ref = new WeightRef(entry.getKey(), entry.getValue());
            byte[] bytes = weights.get(ref).orElseThrow(() -> new IllegalStateException("weights " + ref + " missing"));
            factory.policy(bytes); // verify before writing
            Files.write(directory.resolve(entry.getKey() + ".lgw"), bytes);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}: {}", directory, e.toString());
        }
    }
}
