package dev.league.flink.cli;

import dev.league.flink.training.AgentFactory;
import dev.league.evaluation.Contestant;
import dev.league.evaluation.Standing;
import dev.league.evaluation.Standings;
import dev.league.evaluation.Tournament;
import dev.league.evaluation.UniformRandomPolicy;
import dev.league.evaluation.report.Outcome;
import dev.league.evaluation.report.PlayerReport;
import dev.league.evaluation.report.RatingSettings;
import dev.league.evaluation.report.ReportModel;
import dev.league.evaluation.report.Reports;
import dev.league.flink.embedded.ResolvedConfig;
import dev.league.flink.embedded.RunResults;
import dev.league.matchmaking.MatchResult;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code league evaluate <run-dir>}: a tournament of a run's members (and any snapshots saved as
 * {@code weights/<member>@<version>.lgw}) against each other and the baselines, then the reports.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Play a round-robin (or sampled) tournament among a run's members, saved snapshots and the baselines",
            "(uniform random and the scenario's scripted opponents), N games per pairing with fixed seeds, in parallel;",
            "print the ranking and write report.html, report.json, report.md and evaluation.json into the run directory."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<run-dir>", description = "A run directory written by 'league train'")
    Path runDirectory;

    @Option(names = "--games", defaultValue = "20", description = "Games per pairing, even (default: ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--seed", defaultValue = "1", description = "Tournament and bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: available processors, at most 8)")
    Integer threads;

    @Option(names = "--sample-pairings", defaultValue = "0", paramLabel = "<n>", description = "Play only n seeded random pairings (default: 0 = every pairing)")
    int samplePairings;

    @Option(names = "--scenario", paramLabel = "<scenario.yaml>",
            description = "Play on another scenario with the same observation and action spaces (e.g. members trained in a "
                    + "deathmatch, evaluated in duels); default: the run's")
    Path otherScenario;

    @Option(names = "--greedy", description = "Members play their most probable action instead of sampling (SMAC's test mode)")
    boolean greedy;

    @Option(names = "--no-scripted", description = "Leave the scenario's scripted opponents out (uniform random stays)")
    boolean noScripted;

    @Option(names = "--resamples", defaultValue = "200", description = "Bootstrap resamples for the rating intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--out", paramLabel = "<dir>", description = "Where the reports go (default: the run directory)")
    Path out;

    @Option(names = "--no-progress", description = "No progress bar")
    boolean noProgress;

    /** {@code evaluation.json}: the ranking by Bradley–Terry rating. */
    record Evaluation(String runId, int gamesPerPairing, long seed, List<Standing> standings) {}

    /** The members' weight versions from results.json, when the run wrote it. */
    private Map<String, Long> trainedVersions() throws IOException {
        Path resultsFile = runDirectory.resolve("results.json");
        if (!Files.isRegularFile(resultsFile)) {
            return Map.of();
        }
        return StrictYaml.json().readValue(resultsFile.toFile(), RunResults.class).latestVersions();
    }

    @Override
    public Integer call() throws IOException {
        Path configFile = runDirectory.resolve("config.yaml");
        Path weightsDirectory = runDirectory.resolve("weights");
        if (!Files.isRegularFile(configFile) || !Files.isDirectory(weightsDirectory)) {
            throw new UserInputException(runDirectory + ": not a finished run directory (needs config.yaml and weights/)");
        }
        if (games < 2 || games % 2 != 0) {
            throw new UserInputException("--games must be even and >= 2, was " + games);
        }
        int workers = threads == null ? Math.min(8, Runtime.getRuntime().availableProcessors()) : threads;
        if (workers < 1) {
            throw new UserInputException("--threads must be >= 1, was " + workers);
        }
        if (samplePairings < 0) {
            throw new UserInputException("--sample-pairings must be >= 0, was " + samplePairings);
        }
        RatingSettings settings = RankCommand.settings(null, 1000, 0.95, resamples, seed);
        ResolvedConfig config = StrictYaml.read(configFile, ResolvedConfig.class);
        Map<String, Long> latest = trainedVersions();
        Map<String, Map<Long, Long>> framesByVersion = Reports.framesByVersion(runDirectory);

        AgentFactory factory = AgentFactory.of(config.scenario(), config.league());
        ScenarioSpec arena = otherScenario == null ? config.scenario() : Scenarios.load(otherScenario);
        if (otherScenario != null) {
            var trained = config.scenario().environmentSpec();
            var played = arena.environmentSpec();
            if (trained.observationSize() != played.observationSize() || trained.actions() != played.actions()
                    || dev.league.flink.training.MatchRunner.largestSide(played) > factory.agents()) {
                throw new UserInputException(otherScenario + ": its spaces (observation " + played.observationSize() + ", actions "
                        + played.actions() + ", largest side " + dev.league.flink.training.MatchRunner.largestSide(played)
                        + ") do not fit members trained on " + config.scenario().name() + " (observation " + trained.observationSize()
                        + ", actions " + trained.actions() + ", " + factory.agents() + " agents a side)");
            }
        }
        Map<String, Contestant> players = new LinkedHashMap<>();
        Map<String, Long> versions = new HashMap<>();
        Map<String, Long> playerFrames = new HashMap<>();
        try (Stream<Path> files = Files.list(weightsDirectory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".lgw")).sorted().toList()) {
                String player = file.getFileName().toString().replace(".lgw", "");
                String member = player.contains("@") ? player.substring(0, player.indexOf('@')) : player;
                Long version = player.contains("@") ? parseVersion(file, player) : latest.get(player);
                try {
                    players.put(player, Contestant.policy(factory.evaluationPolicy(Files.readAllBytes(file), greedy)));
                } catch (IllegalArgumentException corrupt) {
                    throw new UserInputException(file + ": " + corrupt.getMessage());
                }
                if (version != null) {
                    versions.put(player, version);
                    Long frames = framesByVersion.getOrDefault(member, Map.of()).get(version);
                    if (frames != null) {
                        playerFrames.put(player, frames);
                    }
                }
            }
        }
        if (players.isEmpty()) {
            throw new UserInputException(weightsDirectory + ": no weights (*.lgw) to evaluate");
        }
        List<String> scripted = noScripted ? List.of() : arena.newEnvironment().scriptedOpponents();
        List<String> baselines = new ArrayList<>();
        if (!scripted.contains(UniformRandomPolicy.NAME)) {
            players.put(UniformRandomPolicy.NAME, Contestant.policy(new UniformRandomPolicy()));
            baselines.add(UniformRandomPolicy.NAME);
        }
        for (String name : scripted) {
            if (players.containsKey(name)) {
                throw new UserInputException(weightsDirectory + ": a member is named like the scripted opponent '" + name + "'");
            }
            players.put(name, Contestant.scripted(name));
            baselines.add(name);
        }

        Tournament tournament = new Tournament(arena, games, seed);
        List<int[]> pairings = tournament.pairings(players.size(), samplePairings);
        List<MatchResult> results;
        if (noProgress) {
            results = tournament.play(players, pairings, workers, done -> { });
        } else {
            try (ProgressBar bar = ProgressBars.onStderr("games", (long) pairings.size() * games)) {
                results = tournament.play(players, pairings, workers, bar::stepTo);
            }
        }
        String scenario = arena.name();
        List<Outcome> outcomes = results.stream().map(result -> Outcome.of(scenario, result)).toList();
        ReportModel model = Reports.fromRun(runDirectory, outcomes, settings, baselines, playerFrames);
        Path reports = out == null ? runDirectory : out;
        Reports.write(model, reports);
        // every game, in the format `league rank` reads: strict win rates (draws apart) can be counted from it
        try (java.io.BufferedWriter games = Files.newBufferedWriter(reports.resolve("tournament.jsonl"))) {
            for (MatchResult result : results) {
                games.write(StrictYaml.jsonLine(Map.of("players", result.players(), "ranks", result.ranks())));
                games.newLine();
            }
        }

        Map<String, Double> ratings = new HashMap<>();
        model.players().forEach(player -> ratings.put(player.player(), player.rating()));
        List<Standing> standings = Standings.of(results, ratings, versions);
        StrictYaml.json().writeValue(reports.resolve("evaluation.json").toFile(),
                new Evaluation(config.runId(), games, seed, standings));

        PrintWriter console = spec.commandLine().getOut();
        console.printf("tournament: %d players (%d baselines: %s), %d pairings x %d games, %d threads, seed %d%n",
                players.size(), baselines.size(), String.join(", ", baselines), pairings.size(), games, workers, seed);
        console.print(Reports.table(model));
        PlayerReport best = model.players().stream().filter(player -> !player.baseline()).findFirst().orElseThrow();
        console.printf("best member: %s; reports: %s (and %s, %s)%n", best.player(), reports.resolve(Reports.HTML),
                Reports.JSON, Reports.MARKDOWN);
        return 0;
    }

    private static Long parseVersion(Path file, String player) {
        try {
            return Long.parseLong(player.substring(player.indexOf('@') + 1));
        } catch (NumberFormatException e) {
            throw new UserInputException(file + ": a snapshot file must be named <member>@<version>.lgw");
        }
    }
}
