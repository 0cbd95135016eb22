package dev.league.flink.cli;

import dev.league.evaluation.Standings;
import dev.league.flink.embedded.EmbeddedLeague;
import dev.league.flink.embedded.RunResults;
import dev.league.league.LeagueSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code league train <scenario.yaml>}: runs a league on the embedded stack. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train a league on this machine: embedded Ignite node + Flink MiniCluster + ND4J CPU.",
            "Writes runs/<run-id>/ (config.yaml, ratings.jsonl, training.jsonl, weights/, results.json)."
        })
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scenario.yaml>", description = "Scenario file, e.g. scenarios/tiny/signal-duel.yaml")
    Path scenarioFile;

    @Option(names = "--league", paramLabel = "<league.yaml>", description = "League configuration file (defaults apply to every field it omits)")
    Path leagueFile;

    @Option(names = "--members", description = "Population size (overrides the league file)")
    Integer members;

    @Option(names = "--rounds", description = "Matchmaking rounds; each member plays once per round")
    Integer rounds;

    @Option(names = "--rounds-per-second", description = "Matchmaker pace")
    Double roundsPerSecond;

    @Option(names = "--parallelism", description = "Flink parallelism of rollouts and learners (= MiniCluster task managers)")
    Integer parallelism;

    @Option(names = "--seed", description = "Master seed")
    Long seed;

    @Option(names = "--minutes", description = "Wall-clock budget in minutes (overrides budget.minutes of the league file)")
    Double minutes;

    @Option(names = "--frames", description = "Frame budget (overrides budget.frames of the league file)")
    Long frames;

    @Option(names = "--runs-dir", defaultValue = "runs", description = "Where run directories go (default: ${DEFAULT-VALUE})")
    Path runsDirectory;

    @Option(names = "--init-from", paramLabel = "<run-dir>",
            description = "Start every member from the final weights of an earlier run (its weights/<member>.lgw) instead "
                    + "of fresh networks: a curriculum, or a long run in stages. Same agent: block and observation/action sizes")
    Path initFrom;

    @Option(names = "--no-progress", description = "No progress bar (for logs and CI)")
    boolean noProgress;

    @Option(names = "--metrics-port", paramLabel = "<port>",
            description = "Serve Prometheus metrics on http://127.0.0.1:<port>/metrics while training (0: any free port)")
    Integer metricsPort;

    @Override
    public Integer call() throws Exception {
        ScenarioSpec scenario = Scenarios.load(scenarioFile);
        league = resolveLeague();
        if (Files.exists(runsDirectory) && !Files.isDirectory(runsDirectory)) {
            throw new UserInputException("--runs-dir " + runsDirectory + " is not a directory");
        }
        try {
            dev.league.flink.job.LeagueJobSpec.checkBaselines(scenario, league);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw new UserInputException("--metrics-port must be in 0..65535, was " + metricsPort);
        }
        EmbeddedLeague embedded = new EmbeddedLeague(scenario, scenarioFile.toString(), league, runsDirectory);
        if (metricsPort != null) {
            embedded.serveMetrics(metricsPort);
        }
        if (initFrom != null) {
            try {
                embedded.initFrom(initFrom);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        String runId = embedded.newRunId();
        String budget = league.budget().hasMinutes() ? String.format(Locale.ROOT, "budget %.1f min", league.budget().minutes())
                : league.budget().hasFrames() ? "budget " + league.budget().frames() + " frames" : league.rounds() + " rounds";
        out.printf(Locale.ROOT, "league: run %s, scenario %s, %d members (%s critic, %s policy), %s, parallelism %d, seed %d%n",
                runId, scenario.name(), league.members(), league.agent().critic(), league.agent().policy(), budget,
                league.parallelism(), league.seed());
        out.flush();
        // Ctrl-C (SIGINT) or SIGTERM: cancel the job, but still write the run directory
        java.util.concurrent.CountDownLatch reported = new java.util.concurrent.CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            embedded.stop();
            try {
                // the JVM exits when this hook returns: wait until the run directory and the report are written
                if (!reported.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    System.err.println("league: did not stop within 120 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "league-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            report(embedded, runId, out);
        } finally {
            reported.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waited for the report
        }
        return 0;
    }

    private void report(EmbeddedLeague embedded, String runId, PrintWriter out) throws Exception {
        RunResults results;
        if (noProgress) {
            results = embedded.run(runId, EmbeddedLeague.Progress.NONE);
        } else {
            // a minutes budget: the bar counts seconds; otherwise frames
            boolean timed = league.budget().hasMinutes();
            long total = timed ? Math.round(league.budget().minutes() * 60) : embedded.plannedFrames();
            long started = System.nanoTime();
            try (ProgressBar bar = ProgressBars.onStderr(timed ? "seconds" : "frames", total)) {
                results = embedded.run(runId, new EmbeddedLeague.Progress() {
                    private volatile String baselines = "";

                    @Override
                    public void update(long games, long frames, double framesPerSecond, String leader, double rating) {
                        long done = timed ? (System.nanoTime() - started) / 1_000_000_000L : frames;
                        bar.stepTo(Math.min(done, total));
                        bar.setExtraMessage(String.format(Locale.ROOT, " frames %d (%.0f/s) games %d best %s %.0f%s", frames,
                                framesPerSecond, games, leader, rating, baselines));
                    }

                    @Override
                    public void baselines(double winRate) {
                        baselines = String.format(Locale.ROOT, " vs baselines %.0f%%", 100 * winRate);
                    }
                });
            }
        }
        out.println();
        out.print(Standings.table(results.standings()));
        out.printf(Locale.ROOT, "%d games, %d frames, %d learner updates in %.1f s (%.0f frames/s)%n",
                results.matches(), results.frames(), results.learnerUpdates(), results.wallSeconds(),
                results.framesPerSecond());
        out.println("run directory: " + runsDirectory.resolve(runId)
                + ("stopped".equals(results.status()) ? " (stopped before the end of its budget)" : ""));
        out.flush();
    }

    private LeagueSpec league;

    private LeagueSpec resolveLeague() {
        LeagueSpec league = leagueFile == null ? LeagueSpec.DEFAULTS : StrictYaml.read(leagueFile, LeagueSpec.class);
        try {
            if (members != null) {
                league = league.withMembers(members);
            }
            if (rounds != null) {
                league = league.withRounds(rounds);
            }
            if (roundsPerSecond != null) {
                league = league.withRoundsPerSecond(roundsPerSecond);
            }
            if (parallelism != null) {
                league = league.withParallelism(parallelism);
            }
            if (seed != null) {
                league = league.withSeed(seed);
            }
            if (minutes != null || frames != null) {
                league = league.withBudget(new dev.league.league.BudgetSpec(frames != null ? frames : league.budget().frames(),
                        minutes != null ? minutes : league.budget().minutes()));
            }
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage().replace("league.", "--").replace("budget.", "--"));
        }
        return league;
    }
}
