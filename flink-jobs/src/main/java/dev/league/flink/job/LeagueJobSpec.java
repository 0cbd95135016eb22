package dev.league.flink.job;

import dev.league.ignite.IgniteNodeSpec;
import dev.league.league.LeagueSpec;
import dev.league.scenarios.ScenarioSpec;
import java.io.Serializable;

/**
 * Everything the league job's operators need, shipped to every task: the scenario, the league
 * configuration and how to reach the Ignite grid.
 */
public record LeagueJobSpec(ScenarioSpec scenario, LeagueSpec league, IgniteNodeSpec ignite) implements Serializable {}
