package dev.league.agents.actor;

import java.util.List;

/**
 * One kind of unit: agents of the same type share a policy network; each type has its own heads.
 *
 * @param name e.g. {@code marine}
 * @param actionComponents sizes of the action tuple's components (one entry for a plain discrete
 *     space); their product is the flat action count A
 */
public record UnitTypeSpec(String name, List<Integer> actionComponents) {

    public UnitTypeSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unitType.name must be non-blank, was '" + name + "'");
        }
        if (actionComponents == null || actionComponents.isEmpty()) {
            throw new IllegalArgumentException("unitType '" + name + "'.actionComponents must list at least one component");
        }
        actionComponents = List.copyOf(actionComponents);
        new MultiDiscrete(actionComponents);  // validates sizes
    }

    public static UnitTypeSpec discrete(String name, int actions) {
        return new UnitTypeSpec(name, List.of(actions));
    }

    public MultiDiscrete actionSpace() {
        return new MultiDiscrete(actionComponents);
    }
}
