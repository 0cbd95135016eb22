package dev.league.scenarios;

import dev.league.scenarios.yaml.StrictYaml;
import java.nio.file.Path;

/** Entry point for scenario files. */
public final class Scenarios {

    private Scenarios() {}

    /**
     * Loads and validates a scenario file.
     *
     * @throws dev.league.scenarios.yaml.ConfigException naming file, line and field when the file
     *     is missing or invalid
     */
    public static ScenarioSpec load(Path file) {
        return StrictYaml.read(file, ScenarioSpec.class);
    }
}
