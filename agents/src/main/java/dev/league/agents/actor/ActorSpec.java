package dev.league.agents.actor;

import dev.league.agents.nn.Activation;
import dev.league.scenarios.EnvironmentSpec;
import java.util.Collections;
import java.util.List;

/**
 * Shape of an {@link ActorNetwork}: per unit type, MLP trunk → optional GRU core → policy and
 * value heads (Sample Factory's encoder → core → decoder), input = [observation, one-hot agent id].
 *
 * @param observationSize D
 * @param actions A, the flat action count (every type's component product must equal it)
 * @param agentTypes the unit type of each agent, length N
 * @param unitTypes the types, indexed by {@code agentTypes}
 * @param hiddenSize H, width of the trunk and the core
 * @param layers trunk layers (&gt;= 1)
 * @param recurrent whether a GRU core follows the trunk
 * @param activation the trunk's activation
 */
public record ActorSpec(int observationSize, int actions, List<Integer> agentTypes, List<UnitTypeSpec> unitTypes, int hiddenSize,
        int layers, boolean recurrent, Activation activation) {

    public ActorSpec {
        if (observationSize < 1) {
            throw new IllegalArgumentException("actor.observationSize must be >= 1, was " + observationSize);
        }
        if (agentTypes == null || agentTypes.isEmpty()) {
            throw new IllegalArgumentException("actor.agentTypes must list at least one agent");
        }
        if (unitTypes == null || unitTypes.isEmpty()) {
            throw new IllegalArgumentException("actor.unitTypes must list at least one type");
        }
        agentTypes = List.copyOf(agentTypes);
        unitTypes = List.copyOf(unitTypes);
        for (int i = 0; i < agentTypes.size(); i++) {
            int type = agentTypes.get(i);
            if (type < 0 || type >= unitTypes.size()) {
                throw new IllegalArgumentException("actor.agentTypes[" + i + "] must be in [0, " + unitTypes.size() + "), was " + type);
            }
        }
        for (UnitTypeSpec type : unitTypes) {
            if (type.actionSpace().flatSize() != actions) {
                throw new IllegalArgumentException("unitType '" + type.name() + "' has " + type.actionSpace().flatSize()
                        + " flat actions, actor.actions is " + actions);
            }
        }
        if (hiddenSize < 1) {
            throw new IllegalArgumentException("actor.hiddenSize must be >= 1, was " + hiddenSize);
        }
        if (layers < 1) {
            throw new IllegalArgumentException("actor.layers must be >= 1, was " + layers);
        }
        if (activation == null) {
            throw new IllegalArgumentException("actor.activation is required");
        }
    }

    /** One shared type for every agent of the scenario, plain discrete actions, 2 × 128 tanh MLP, no core. */
    public static ActorSpec of(EnvironmentSpec environment) {
        return new ActorSpec(environment.observationSize(), environment.actions(), Collections.nCopies(environment.agents(), 0),
                List.of(UnitTypeSpec.discrete("unit", environment.actions())), 128, 2, false, Activation.TANH);
    }

    public ActorSpec withHidden(int hidden, int layerCount, boolean withCore) {
        return new ActorSpec(observationSize, actions, agentTypes, unitTypes, hidden, layerCount, withCore, activation);
    }

    /** N. */
    public int agents() {
        return agentTypes.size();
    }

    /** Network input width D + N. */
    public int inputSize() {
        return observationSize + agents();
    }
}
