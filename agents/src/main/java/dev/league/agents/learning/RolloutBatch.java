package dev.league.agents.learning;

/**
 * Time-major experience of R agent slots of one unit type over T steps, as the actors recorded it.
 *
 * @param unitType the actor's type index
 * @param steps T
 * @param agentIds the agent slot of each row, [R]
 * @param observations [T + 1, R, D]; row T is the observation after the last step (bootstrap)
 * @param masks available actions [T, R, A]
 * @param actions flat actions taken [T, R]
 * @param behaviourLogProbabilities log μ(a_t | x_t) of the acting policy [T, R]
 * @param rewards [T, R]
 * @param dones whether the episode ended with step t [T, R]
 * @param initialHidden the core's state before step 0 [R, H], or null for a feed-forward actor
 */
public record RolloutBatch(int unitType, int steps, int[] agentIds, float[] observations, boolean[] masks, int[] actions,
        float[] behaviourLogProbabilities, float[] rewards, boolean[] dones, float[] initialHidden) {

    public RolloutBatch {
        if (steps < 1) {
            throw new IllegalArgumentException("rollout.steps must be >= 1, was " + steps);
        }
        int rows = agentIds == null ? 0 : agentIds.length;
        if (rows < 1) {
            throw new IllegalArgumentException("rollout.agentIds must list at least one row");
        }
        int n = steps * rows;
        if (actions.length != n || behaviourLogProbabilities.length != n || rewards.length != n || dones.length != n) {
            throw new IllegalArgumentException("rollout actions, behaviourLogProbabilities, rewards and dones must be [T, R] = " + n
                    + " long, were " + actions.length + ", " + behaviourLogProbabilities.length + ", " + rewards.length + ", "
                    + dones.length);
        }
        if (observations.length % ((steps + 1) * rows) != 0 || masks.length % n != 0) {
            throw new IllegalArgumentException("rollout.observations must be [T + 1, R, D] and masks [T, R, A], had " + observations.length
                    + " and " + masks.length + " values for T = " + steps + ", R = " + rows);
        }
    }

    /** R. */
    public int rows() {
        return agentIds.length;
    }

    /**
     * Steps [from, to) as a batch of its own, the observation after step {@code to - 1} its
     * bootstrap: a truncated rollout, as Sample Factory cuts long episodes into fixed-length ones.
     * Feed-forward actors only (a core would need its state at {@code from}).
     */
    public RolloutBatch slice(int from, int to) {
        if (from < 0 || to > steps || from >= to) {
            throw new IllegalArgumentException("rollout slice must satisfy 0 <= from < to <= " + steps + ", was [" + from + ", " + to + ")");
        }
        if (initialHidden != null) {
            throw new IllegalArgumentException("rollout slices need a feed-forward actor: the core's state at step " + from + " is not kept");
        }
        int rows = rows();
        int d = observations.length / ((steps + 1) * rows);
        int a = masks.length / (steps * rows);
        return new RolloutBatch(unitType, to - from, agentIds,
                java.util.Arrays.copyOfRange(observations, from * rows * d, (to + 1) * rows * d),
                java.util.Arrays.copyOfRange(masks, from * rows * a, to * rows * a),
                java.util.Arrays.copyOfRange(actions, from * rows, to * rows),
                java.util.Arrays.copyOfRange(behaviourLogProbabilities, from * rows, to * rows),
                java.util.Arrays.copyOfRange(rewards, from * rows, to * rows),
                java.util.Arrays.copyOfRange(dones, from * rows, to * rows), null);
    }
}
