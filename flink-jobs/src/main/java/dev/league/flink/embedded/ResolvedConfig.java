package dev.league.flink.embedded;

import dev.league.league.LeagueSpec;
import dev.league.scenarios.ScenarioSpec;

/**
 * {@code config.yaml} of a run directory: everything needed to rerun it.
 *
 * @param runId the run's id
 * @param gitRevision the source revision that ran ({@code unknown} outside a checkout)
 * @param scenarioFile the scenario file as given on the command line
 * @param scenario the resolved scenario
 * @param league the resolved league configuration, defaults filled in
 * @param igniteDiscoveryPort the embedded Ignite node's discovery port
 * @param flinkTaskManagers MiniCluster task managers
 * @param initFrom the run directory whose final weights the members started from
 *     ({@code league train --init-from}), or null for fresh networks
 */
public record ResolvedConfig(
        String runId,
        String gitRevision,
        String scenarioFile,
        ScenarioSpec scenario,
        LeagueSpec league,
        int igniteDiscoveryPort,
        int flinkTaskManagers,
        String initFrom) {}
