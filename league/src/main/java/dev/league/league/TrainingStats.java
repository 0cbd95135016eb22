package dev.league.league;

import java.io.Serializable;

/**
 * What a learner reports after one update; the PBT controller and the run's research series read
 * these, keyed by (member, version, frames).
 *
 * @param memberId the member that learned
 * @param version the weight version the update published
 * @param behaviourVersion the version that generated the experience (lag = version - 1 - behaviourVersion)
 * @param loss the policy loss before the step
 * @param meanReturn mean discounted return of the experience
 * @param frames environment steps in the experience
 * @param episodeReward the undiscounted reward of the experience (the episode's true reward)
 */
public record TrainingStats(String memberId, long version, long behaviourVersion, double loss, double meanReturn,
        long frames, double episodeReward) implements Serializable {}
