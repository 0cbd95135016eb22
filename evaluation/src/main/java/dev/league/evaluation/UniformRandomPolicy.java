package dev.league.evaluation;

import dev.league.agents.policy.Policy;
import java.util.random.RandomGenerator;

/** The simplest scripted baseline: a uniformly random available action. */
public final class UniformRandomPolicy implements Policy {

    public static final String NAME = "random";

    @Override
    public int[] act(float[][] observations, boolean[][] masks, RandomGenerator random) {
        int[] actions = new int[observations.length];
        for (int row = 0; row < actions.length; row++) {
            int available = 0;
            for (boolean allowed : masks[row]) {
                available += allowed ? 1 : 0;
            }
            int choice = random.nextInt(available);
            for (int a = 0; a < masks[row].length; a++) {
                if (masks[row][a] && choice-- == 0) {
                    actions[row] = a;
                    break;
                }
            }
        }
        return actions;
    }
}
