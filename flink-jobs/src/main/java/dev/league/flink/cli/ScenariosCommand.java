package dev.league.flink.cli;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.yaml.ConfigException;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code league scenarios}: list and validate scenario files. */
@Command(
        name = "scenarios",
        mixinStandardHelpOptions = true,
        description = "List and validate scenario files.",
        subcommands = {ScenariosCommand.ListCommand.class, ScenariosCommand.ShowCommand.class,
            ScenariosCommand.ValidateCommand.class})
final class ScenariosCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String describe(Path file, ScenarioSpec scenario) {
        EnvironmentSpec environment = scenario.environmentSpec();
        return String.format(Locale.ROOT, "%-40s %-22s %-14s agents %d, teams %d, obs %d, actions %d", file,
                scenario.name(), scenario.game().getClass().getSimpleName().replace("Spec", ""), environment.agents(),
                environment.teams(), environment.observationSize(), environment.actions());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenario files under a directory.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios", paramLabel = "<dir>",
                description = "Directory to search (default: ${DEFAULT-VALUE})")
        Path directory;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(directory)) {
                throw new UserInputException(directory + ": no such directory");
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
            }
            PrintWriter out = spec.commandLine().getOut();
            int invalid = 0;
            for (Path file : files) {
                try {
                    out.println(describe(file, Scenarios.load(file)));
                } catch (ConfigException e) {
                    out.println(file + "  INVALID: " + e.getMessage());
                    invalid++;
                }
            }
            out.printf("%d scenario file(s), %d invalid%n", files.size(), invalid);
            return invalid == 0 ? 0 : LeagueCli.USAGE;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a scenario's resolved configuration (defaults filled in) and its spaces.")
    static final class ShowCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<scenario.yaml>", description = "The file to show")
        Path file;

        @Override
        public Integer call() {
            ScenarioSpec scenario = Scenarios.load(file);
            EnvironmentSpec environment = scenario.environmentSpec();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "# %s: %d agents in %d teams, observation %d, state %d, actions %d, limit %d steps%n",
                    file, environment.agents(), environment.teams(), environment.observationSize(),
                    environment.stateSize(), environment.actions(), environment.episodeLimit());
            out.printf("# scripted opponents: %s%n", scenario.newEnvironment().scriptedOpponents());
            out.print(StrictYaml.write(scenario));
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check scenario files; exit code 2 on the first invalid one.")
    static final class ValidateCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "<scenario.yaml>", description = "Files to check")
        List<Path> files;

        @Override
        public Integer call() {
            for (Path file : files) {
                ScenarioSpec scenario = Scenarios.load(file);
                spec.commandLine().getOut().println("ok  " + describe(file, scenario));
            }
            return 0;
        }
    }
}
