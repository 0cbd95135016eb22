package dev.league.scenarios.smac;

import static dev.league.scenarios.Checks.require;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a SMAC-like map.
 *
 * @param position centre of the side's starting formation, [x, y]
 * @param units unit type (a key of {@link SmacSpec#unitTypes()}) to count, in agent order
 */
public record SmacTeamSpec(List<Double> position, Map<String, Integer> units) implements Serializable {

    public SmacTeamSpec {
        require(position != null && position.size() == 2, "team.position must be [x, y], was %s", position);
        require(units != null && !units.isEmpty(), "team.units must list at least one unit type");
        units.forEach((type, count) -> require(count != null && count >= 1 && count <= 128,
                "team.units.%s must be in 1..128, was %s", type, count));
        position = List.copyOf(position);
        units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
    }

    public int size() {
        return units.values().stream().mapToInt(Integer::intValue).sum();
    }
}
