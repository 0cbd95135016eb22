package dev.league.agents.learning;

/**
 * A minibatch of joint transitions (o, a, r, o', done) for off-policy learners, in
 * BatchedEnvironment's layouts.
 *
 * @param size B
 * @param agents N
 * @param observations [B, N, D]
 * @param masks available actions at o, [B, N, A]
 * @param actions [B, N]
 * @param rewards [B, N]
 * @param nextObservations [B, N, D]
 * @param nextMasks available actions at o', [B, N, A]
 * @param dones whether the episode ended with the transition, [B]
 */
public record Transitions(int size, int agents, float[] observations, boolean[] masks, int[] actions, float[] rewards,
        float[] nextObservations, boolean[] nextMasks, boolean[] dones) {

    public Transitions {
        if (size < 1 || agents < 1) {
            throw new IllegalArgumentException("transitions.size and agents must be >= 1, were " + size + " and " + agents);
        }
        int rows = size * agents;
        if (actions.length != rows || rewards.length != rows || dones.length != size) {
            throw new IllegalArgumentException("transitions actions and rewards must be [B, N] = " + rows + " and dones [B] = " + size
                    + " long, were " + actions.length + ", " + rewards.length + ", " + dones.length);
        }
        if (observations.length % rows != 0 || nextObservations.length != observations.length || masks.length % rows != 0
                || nextMasks.length != masks.length) {
            throw new IllegalArgumentException("transitions observations must be [B, N, D] and masks [B, N, A], consistently for o and o'");
        }
    }
}
