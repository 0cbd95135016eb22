package dev.league.flink.training;

import java.util.random.RandomGenerator;

/**
 * Batched inference for one side of K games (SEED RL's central inference, per side): one call
 * chooses every agent's action in every game.
 */
public interface SidePolicy {

    /**
     * @param observations [K, n, D]
     * @param masks available actions [K, n, A]; a chosen action is always available
     * @param games K
     * @param agents n
     * @param actions out: flat actions [K, n]
     * @param logProbabilities out: log π(a | o) of the chosen actions [K, n]
     */
    void act(float[] observations, boolean[] masks, int games, int agents, int[] actions, float[] logProbabilities,
            RandomGenerator random);
}
