package dev.league.league;

import java.io.Serializable;

/**
 * What a learner reports after one update; the PBT controller and the run's research series read
 * these, keyed by (member, version, frames).
 *
 * @param memberId the member that learned
 * @param version the weight version the update published
 * @param behaviourVersion the version that generated the experience (lag = version - 1 - behaviourVersion)
 * @param loss the learner's total loss of its last gradient step (NaN when it took none)
 * @param meanReturn the undiscounted reward an agent of the member collected per game over the
 *     segment
 * @param frames environment steps in the experience (games × steps)
 * @param episodeReward the same per-agent, per-game reward (what PBT's reward objective averages)
 */
public record TrainingStats(String memberId, long version, long behaviourVersion, double loss, double meanReturn,
        long frames, double episodeReward) implements Serializable {}
