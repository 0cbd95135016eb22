package dev.league.scenarios;

import java.util.random.RandomGenerator;

/**
 * A built-in controller for one team, bound to one {@link Simulation} copy: it reads the copy's
 * state and chooses actions through the same action space and masks as a learning policy, so it
 * can neither cheat on mechanics nor act illegally.
 */
public interface ScriptedOpponent {

    /**
     * Writes an action for every agent of {@code team} into {@code actions[offset + agent]}; other
     * agents' entries are left untouched.
     */
    void act(int team, int[] actions, int offset, RandomGenerator random);
}
