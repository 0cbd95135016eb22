package dev.league.flink.embedded;

import dev.league.evaluation.Standing;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json} of a run directory.
 *
 * @param runId the run's id (its directory name)
 * @param scenario scenario name
 * @param status {@code completed} (all rounds played), {@code budget} (budget.minutes reached) or {@code stopped}
 *     (interrupted before its budget)
 * @param matches games rated (each match is agent.envs games side by side; a game is one finished episode)
 * @param frames environment steps played
 * @param learnerUpdates gradient steps taken over all members
 * @param wallSeconds wall-clock time of the job
 * @param framesPerSecond frames / wallSeconds
 * @param latestVersions newest weight version per member, as read back from Ignite
 * @param standings the ranking, best first
 */
public record RunResults(
        String runId,
        String scenario,
        String status,
        long matches,
        long frames,
        long learnerUpdates,
        double wallSeconds,
        double framesPerSecond,
        Map<String, Long> latestVersions,
        List<Standing> standings) {}
