package dev.league.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Early, module-local checks of two house rules on the production sources (the ArchUnit test in
 * flink-jobs checks the compiled module graph): matchmaking imports only the JDK and SLF4J, and
 * takes its randomness from generators passed in.
 */
final class ModuleRulesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> GLOBAL_RANDOMNESS = List.of("Math.random(", "new Random(", "ThreadLocalRandom",
            "new SplittableRandom()", "System.nanoTime()", "System.currentTimeMillis()");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void imports_onlyJdkSlf4jAndThisModule() throws IOException {
        List<String> forbidden = new ArrayList<>();
        List<Path> sources = sources();
        for (Path file : sources) {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
                String imported = matcher.group(1);
                if (!imported.startsWith("java.") && !imported.startsWith("org.slf4j.")
                        && !imported.startsWith("dev.league.matchmaking.")) {
                    forbidden.add(file.getFileName() + ": " + imported);
                }
            }
        }
        assertThat(sources).hasSizeGreaterThan(30);
        assertThat(forbidden).isEmpty();
    }

    @Test
    void randomness_onlyFromGeneratorsPassedIn() throws IOException {
        List<String> global = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            for (String pattern : GLOBAL_RANDOMNESS) {
                if (text.contains(pattern)) {
                    global.add(file.getFileName() + ": " + pattern);
                }
            }
        }
        assertThat(global).isEmpty();
    }
}
