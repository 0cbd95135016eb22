package dev.league.flink.cli;

import dev.league.scenarios.yaml.ConfigException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code league}: the command line. Exit codes: 0 success, 1 failure while running, 2 bad input
 * (bad argument, missing or invalid file), reported as one line on stderr, with nothing started.
 */
@Command(
        name = "league",
        mixinStandardHelpOptions = true,
        versionProvider = LeagueCli.Version.class,
        description = "Train populations of multi-agent RL policies against each other (Flink + Ignite + ND4J).",
        subcommands = {TrainCommand.class, EvaluateCommand.class, RankCommand.class, ScenariosCommand.class, CommandLine.HelpCommand.class})
public final class LeagueCli implements Runnable {

    /** Exit code for bad input. */
    public static final int USAGE = 2;
    /** Exit code for a failure while running. */
    public static final int FAILURE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(LeagueCli.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new LeagueCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            String command = problem.getCommandLine().getCommandName();
            err.println("league: " + problem.getMessage() + " (see 'league "
                    + ("league".equals(command) ? "" : command + " ") + "--help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parseResult) -> {
            if (problem instanceof ConfigException || problem instanceof UserInputException) {
                err.println("league: " + problem.getMessage());
                return USAGE;
            }
            LOG.error("league {} failed", command.getCommandName(), problem);
            err.println("league: " + command.getCommandName() + " failed: " + problem);
            return FAILURE;
        });
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exitCode;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LeagueCli.class.getPackage().getImplementationVersion();
            return new String[] {"league " + (version == null ? "development build" : version)
                    + " (git " + System.getProperty("league.git.revision", "unknown") + ")"};
        }
    }
}
