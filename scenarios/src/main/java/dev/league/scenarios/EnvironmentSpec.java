package dev.league.scenarios;

import static dev.league.scenarios.Checks.require;

import java.util.List;

/**
 * Spaces and team layout of a scenario.
 *
 * @param scenario the scenario name, as in its YAML file
 * @param agentTeams team index of each agent, length N; teams are numbered 0..teams-1
 * @param observationSize D, length of one agent's observation vector
 * @param stateSize S, length of the global state vector (for centralized critics)
 * @param actions A, number of discrete actions per agent
 * @param episodeLimit maximum steps before truncation
 * @param actionComponents sizes of the action tuple whose mixed-radix encoding (first component most
 *     significant) is the flat action, e.g. the shooter's [move 3, strafe 3, turn T, fire 2]; their
 *     product is A; {@code [A]} for a plain discrete space
 */
public record EnvironmentSpec(String scenario, List<Integer> agentTeams, int observationSize, int stateSize, int actions,
        int episodeLimit, List<Integer> actionComponents) {

    public EnvironmentSpec {
        require(scenario != null && !scenario.isBlank(), "environment.scenario must be non-blank, was '%s'", scenario);
        require(agentTeams != null && !agentTeams.isEmpty(), "environment.agentTeams must list at least one agent");
        agentTeams = List.copyOf(agentTeams);
        require(observationSize > 0, "environment.observationSize must be > 0, was %s", observationSize);
        require(stateSize > 0, "environment.stateSize must be > 0, was %s", stateSize);
        require(actions > 0, "environment.actions must be > 0, was %s", actions);
        require(episodeLimit > 0, "environment.episodeLimit must be > 0, was %s", episodeLimit);
        actionComponents = actionComponents == null ? List.of(actions) : List.copyOf(actionComponents);
        long product = 1;
        for (int size : actionComponents) {
            require(size >= 1, "environment.actionComponents must be >= 1 each, was %s", actionComponents);
            product *= size;
        }
        require(product == actions, "environment.actionComponents %s must multiply to environment.actions %s", actionComponents,
                actions);
    }

    /** A plain discrete action space of {@code actions} values. */
    public EnvironmentSpec(String scenario, List<Integer> agentTeams, int observationSize, int stateSize, int actions,
            int episodeLimit) {
        this(scenario, agentTeams, observationSize, stateSize, actions, episodeLimit, null);
    }

    /** N, the number of agents. */
    public int agents() {
        return agentTeams.size();
    }

    /** Number of teams (sides, or players in a free-for-all). */
    public int teams() {
        return agentTeams.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    public int team(int agent) {
        return agentTeams.get(agent);
    }
}
