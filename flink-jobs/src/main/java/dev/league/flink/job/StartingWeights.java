package dev.league.flink.job;

import dev.league.flink.training.AgentFactory;
import dev.league.league.LeagueSpec;
import dev.league.league.Population;
import dev.league.scenarios.ScenarioSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The final weights of an earlier run ({@code runs/<id>/weights/<member>.lgw}) as the starting
 * point of a new league ({@code league train --init-from}): a curriculum (duels first, then the
 * free-for-all) or a longer run in stages. Each blob is the member's whole learner state (networks
 * and Adam moments), so the new run continues where the old one stopped; it must fit the new
 * league's agent (same critic, sizes, and the scenario's observation and action sizes).
 */
public final class StartingWeights {

    private StartingWeights() {}

    /** The blobs for the members of {@code league} ({@link Population#initial}), checked against its agent. */
    public static Map<String, byte[]> forLeague(Path runDirectory, ScenarioSpec scenario, LeagueSpec league) {
        List<String> members = Population.initial(league).members().stream().map(member -> member.id()).toList();
        return read(runDirectory, members, AgentFactory.of(scenario, league));
    }

    /**
     * Reads and checks the blob of every member.
     *
     * @param runDirectory a finished run directory (holds {@code weights/})
     * @param members the new league's member ids, in order
     * @return member id → blob, in {@code members} order
     * @throws IllegalArgumentException naming the directory or file and what does not fit
     */
    public static Map<String, byte[]> read(Path runDirectory, List<String> members, AgentFactory factory) {
        Path directory = runDirectory.resolve("weights");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--init-from " + runDirectory + ": not a finished run directory (no weights/)");
        }
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        for (String member : members) {
            Path file = directory.resolve(member + ".lgw");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--init-from " + runDirectory + ": no weights/" + member + ".lgw for member "
                        + member + " (the run has " + stored(directory) + "); the new league needs as many members or fewer");
            }
            byte[] blob;
            try {
                blob = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                factory.restore(blob, 0);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--init-from " + file + " does not fit this league's agent (critic, "
                        + "policy, hidden, layers, actionHead and the scenario's observation and action sizes must match "
                        + "the run that wrote it): " + e.getMessage(), e);
            }
            blobs.put(member, blob);
        }
        return blobs;
    }

    private static String stored(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".lgw")).sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
