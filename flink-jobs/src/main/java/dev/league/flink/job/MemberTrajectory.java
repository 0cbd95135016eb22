package dev.league.flink.job;

import dev.league.agents.learning.Trajectory;

/**
 * Experience for one member's learner.
 *
 * @param memberId learner key
 * @param version the weight version that acted
 * @param trajectory the experience
 */
public record MemberTrajectory(String memberId, long version, Trajectory trajectory) {}
