package dev.league.league;

import java.io.Serializable;

/**
 * What a member has done so far.
 *
 * @param frames environment frames played
 * @param episodes episodes finished
 * @param rating current Elo rating (NaN before its first rated match)
 * @param meanReward mean episode reward over the PBT window (NaN without episodes)
 */
public record MemberStats(long frames, long episodes, double rating, double meanReward) implements Serializable {

    public static final MemberStats NONE = new MemberStats(0, 0, Double.NaN, Double.NaN);
}
