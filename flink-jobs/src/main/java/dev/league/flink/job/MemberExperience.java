package dev.league.flink.job;

import dev.league.flink.training.SideExperience;

/**
 * Experience for one member's learner.
 *
 * @param memberId learner key
 * @param version the weight version that acted
 * @param experience what the member's side did in one match
 */
public record MemberExperience(String memberId, long version, SideExperience experience) {}
