package dev.league.coordination;

/**
 * How much on-policy data one {@link DicgTrainer#update()} collects and how it is reused
 * (garage's centralized PPO: batch, then epochs × minibatches).
 *
 * @param copies environment copies stepped together, B &gt;= 1
 * @param steps steps per copy per update, T &gt;= 1 (batch = B T transitions of N agents)
 * @param epochs passes over the batch, &gt;= 1 (the paper: 10)
 * @param minibatches minibatches per epoch, in 1..B T (the paper: 3 for predator-prey)
 */
public record RolloutSpec(int copies, int steps, int epochs, int minibatches) {

    public RolloutSpec {
        if (copies < 1) {
            throw new IllegalArgumentException("rollout.copies must be >= 1, was " + copies);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("rollout.steps must be >= 1, was " + steps);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("rollout.epochs must be >= 1, was " + epochs);
        }
        if (minibatches < 1 || (long) minibatches > (long) copies * steps) {
            throw new IllegalArgumentException("rollout.minibatches must be in 1..copies * steps = " + (long) copies * steps
                    + ", was " + minibatches);
        }
    }
}
