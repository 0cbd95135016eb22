package dev.league.flink.training;

import java.util.Map;

/** The learning half of a member: trains on segments of experience and saves its whole state. */
public interface MemberLearner {

    /**
     * Diagnostics of one {@link #learn} call.
     *
     * @param loss the total loss of the last gradient step (NaN when no step was taken)
     * @param entropy the policy's mean entropy over the samples (NaN if not computed)
     * @param steps gradient steps taken
     */
    record Update(double loss, double entropy, int steps) {}

    /**
     * @param hyperparameters the member's current values by name ({@code learningRate},
     *     {@code entropyCoefficient}, {@code clipRatio}, {@code gaeLambda}, {@code discount});
     *     missing names take the league file's values
     */
    Update learn(SideExperience experience, Map<String, Double> hyperparameters);

    /** Acting network first, then everything a restore needs (critics, targets, optimizer state). */
    byte[] encode();

    /** The acting policy over the learner's current parameters. */
    SidePolicy policy();
}
