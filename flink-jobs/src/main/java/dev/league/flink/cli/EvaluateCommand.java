package dev.league.flink.cli;

import dev.league.agents.codec.WeightCodec;
import dev.league.agents.policy.Policy;
import dev.league.evaluation.Standing;
import dev.league.evaluation.Standings;
import dev.league.evaluation.Tournament;
import dev.league.evaluation.UniformRandomPolicy;
import dev.league.flink.embedded.ResolvedConfig;
import dev.league.flink.embedded.RunResults;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.Elo;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code league evaluate <run-dir>}: a round-robin tournament of a run's final members and the baselines. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Play a round-robin tournament among a run's final members and the scripted baselines,",
            "N games per pairing with fixed seeds; print the ranking and write <run-dir>/evaluation.json."
        })
final class EvaluateCommand implements Callable<Integer> {

    /** Rating scale anchor and K for the tournament's sequential Elo. */
    private static final Elo TOURNAMENT_ELO = new Elo(16, 1200);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<run-dir>", description = "A run directory written by 'league train'")
    Path runDirectory;

    @Option(names = "--games", defaultValue = "20", description = "Games per pairing, even (default: ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--seed", defaultValue = "1", description = "Tournament seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-progress", description = "No progress bar")
    boolean noProgress;

    /** {@code evaluation.json}. */
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
        ResolvedConfig config = StrictYaml.read(configFile, ResolvedConfig.class);
        Map<String, Policy> players = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(weightsDirectory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".lgw")).sorted().toList()) {
                String member = file.getFileName().toString().replace(".lgw", "");
                try {
                    players.put(member, WeightCodec.decode(Files.readAllBytes(file)));
                } catch (IllegalArgumentException corrupt) {
                    throw new UserInputException(file + ": " + corrupt.getMessage());
                }
            }
        }
        players.put(UniformRandomPolicy.NAME, new UniformRandomPolicy());
        Tournament tournament = new Tournament(config.scenario(), games, seed);
        List<MatchResult> results;
        if (noProgress) {
            results = tournament.roundRobin(players, done -> { });
        } else {
            try (ProgressBar bar = ProgressBars.onStderr("games", tournament.games(players.size()))) {
                results = tournament.roundRobin(players, bar::stepTo);
            }
        }
        Map<String, Double> ratings = new HashMap<>();
        players.keySet().forEach(player -> ratings.put(player, TOURNAMENT_ELO.initialRating()));
        results.forEach(result -> TOURNAMENT_ELO.apply(ratings, result));
        List<Standing> standings = Standings.of(results, ratings, trainedVersions());
        StrictYaml.json().writeValue(runDirectory.resolve("evaluation.json").toFile(),
                new Evaluation(config.runId(), games, seed, standings));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("tournament: %d players, %d games per pairing, seed %d%n", players.size(), games, seed);
        out.print(Standings.table(standings));
        return 0;
    }
}
