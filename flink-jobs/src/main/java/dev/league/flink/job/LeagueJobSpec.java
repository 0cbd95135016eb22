package dev.league.flink.job;

import dev.league.ignite.IgniteNodeSpec;
import dev.league.league.LeagueSpec;
import dev.league.scenarios.ScenarioSpec;
import java.io.Serializable;

/**
 * Everything the league job's operators need, shipped to every task: the scenario, the league
 * configuration and how to reach the Ignite grid.
 */
public record LeagueJobSpec(ScenarioSpec scenario, LeagueSpec league, IgniteNodeSpec ignite) implements Serializable {

    public LeagueJobSpec {
        checkBaselines(scenario, league);
        dev.league.flink.training.AgentFactory.check(scenario.environmentSpec(), league.agent(), scenario.name());
    }

    /**
     * @throws IllegalArgumentException naming the baseline and the scenario's scripted opponents
     *     when {@code league.baselines} lists one the scenario does not have
     */
    public static void checkBaselines(ScenarioSpec scenario, LeagueSpec league) {
        if (league.baselines().isEmpty()) {
            return;
        }
        java.util.List<String> available = scenario.newEnvironment().scriptedOpponents();
        for (String baseline : league.baselines()) {
            if (!available.contains(baseline)) {
                throw new IllegalArgumentException("league.baselines: '" + baseline + "' is not a scripted opponent of scenario "
                        + scenario.name() + " (allowed: " + available + ")");
            }
        }
    }
}
