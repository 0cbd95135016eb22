package dev.league.evaluation;

import dev.league.agents.policy.Policy;

/**
 * A tournament player: a policy (a trained member or snapshot, or a built-in baseline such as
 * {@link UniformRandomPolicy}) or one of the scenario's scripted opponents, by name.
 *
 * @param policy the policy acting for the side: called once per step with all of the side's agents (rows in slot
 *     order, so a shared actor can tell them apart), or null for a scripted opponent
 * @param scripted the name of a scripted opponent of the scenario, or null for a policy
 */
public record Contestant(Policy policy, String scripted) {

    public Contestant {
        if ((policy == null) == (scripted == null)) {
            throw new IllegalArgumentException("contestant must have exactly one of policy or scripted, was "
                    + policy + " / " + scripted);
        }
        if (scripted != null && scripted.isBlank()) {
            throw new IllegalArgumentException("contestant.scripted must be non-blank, was '" + scripted + "'");
        }
    }

    public static Contestant policy(Policy policy) {
        return new Contestant(policy, null);
    }

    public static Contestant scripted(String name) {
        return new Contestant(null, name);
    }
}
