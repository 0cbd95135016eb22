package dev.league.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario file shipped in the repository validates and builds a working environment. */
final class ShippedScenariosTest {

    static Stream<Path> shippedFiles() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("."))) {
            files = walk.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !path.toString().contains("target") && !path.toString().contains("src"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(15);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void shippedFile_validates_andPlaysAFewRandomSteps(Path file) {
        ScenarioSpec scenario = Scenarios.load(file);
        MultiAgentEnvironment environment = scenario.newEnvironment();
        EnvironmentSpec spec = environment.spec();
        Step step = environment.reset(1);
        java.util.SplittableRandom random = new java.util.SplittableRandom(2);
        boolean[] flat = new boolean[spec.actions()];
        for (int t = 0; t < 5 && !step.done(); t++) {
            int[] actions = new int[spec.agents()];
            for (int agent = 0; agent < spec.agents(); agent++) {
                assertThat(step.observations()[agent]).hasSize(spec.observationSize());
                System.arraycopy(step.availableActions()[agent], 0, flat, 0, spec.actions());
                actions[agent] = ScenarioTraces.randomAvailable(flat, 0, spec.actions(), random);
            }
            step = environment.step(actions);
        }
        assertThat(step.state()).hasSize(spec.stateSize());
    }
}
