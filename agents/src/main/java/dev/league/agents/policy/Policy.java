package dev.league.agents.policy;

import java.util.random.RandomGenerator;

/** Chooses actions for a batch of agents in one call (batched inference). */
public interface Policy {

    /**
     * @param observations shape [B, D]
     * @param masks available actions, shape [B, A]; masked actions are never chosen
     * @param random the caller's seeded generator
     * @return one action per row, shape [B]
     */
    int[] act(float[][] observations, boolean[][] masks, RandomGenerator random);
}
