package dev.league.scenarios.smac;

import dev.league.scenarios.EnvironmentSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes and offsets of a map's agents, actions, observations and state, following SMAC's layout
 * (smac/env/starcraft2/starcraft2.py: get_obs_agent, get_state). Team 0 = allies, team 1 = enemies;
 * agents are team 0's units then team 1's, each team in the order its YAML lists unit types.
 *
 * <p>Per agent of team t, with m enemies and n allies (itself included):
 * <pre>
 * obs = move[4]                                   can move north, south, east, west
 *     + m x [attackable, dist, dx, dy, health, (shield), type one-hot]   distances / sightRange
 *     + (n-1) x [visible, dist, dx, dy, health, (shield), type one-hot]
 *     + own [health, (shield), type one-hot]
 * </pre>
 * (shield) is present when that team has shielded units; the one-hot has
 * {@link SmacSpec#unitTypeBits()} entries. Teams of different sizes have different lengths; D is
 * the larger, the other zero-padded. State (team 0's frame, as SMAC's):
 * team 0 units x [health, cooldown or energy, x, y, (shield), type] + team 1 units x [health, x,
 * y, (shield), type] + last actions [N, A] one-hot. Actions: 0 no-op (dead only), 1 stop, 2-5 move
 * north/south/east/west, 6+j attack enemy j (healers: heal ally j); A = 6 + the larger team size.
 */
final class SmacLayout {

    final int[] teamSizes = new int[2];
    final int agents;
    final int actions;
    final int typeBits;
    final int[] shieldBits = new int[2];
    final int[] observationSizes = new int[2];
    final int observationSize;
    final int stateSize;
    /** Unit type names in one-hot order. */
    final List<String> types;

    SmacLayout(SmacSpec spec) {
        teamSizes[0] = spec.allies().size();
        teamSizes[1] = spec.enemies().size();
        agents = teamSizes[0] + teamSizes[1];
        actions = 6 + Math.max(teamSizes[0], teamSizes[1]);
        types = spec.presentTypes();
        typeBits = spec.unitTypeBits();
        shieldBits[0] = shielded(spec, spec.allies());
        shieldBits[1] = shielded(spec, spec.enemies());
        for (int team = 0; team < 2; team++) {
            observationSizes[team] = 4 + teamSizes[1 - team] * enemyFeatures(team)
                    + (teamSizes[team] - 1) * allyFeatures(team) + ownFeatures(team);
        }
        observationSize = Math.max(observationSizes[0], observationSizes[1]);
        stateSize = teamSizes[0] * (4 + shieldBits[0] + typeBits) + teamSizes[1] * (3 + shieldBits[1] + typeBits)
                + agents * actions;
    }

    private static int shielded(SmacSpec spec, SmacTeamSpec team) {
        return team.units().keySet().stream().anyMatch(type -> spec.unitTypes().get(type).shield() > 0) ? 1 : 0;
    }

    int enemyFeatures(int team) {
        return 5 + shieldBits[1 - team] + typeBits;
    }

    int allyFeatures(int team) {
        return 5 + shieldBits[team] + typeBits;
    }

    int ownFeatures(int team) {
        return 1 + shieldBits[team] + typeBits;
    }

    EnvironmentSpec environmentSpec(String scenarioName, int episodeLimit) {
        List<Integer> teams = new ArrayList<>(agents);
        for (int team = 0; team < 2; team++) {
            for (int i = 0; i < teamSizes[team]; i++) {
                teams.add(team);
            }
        }
        return new EnvironmentSpec(scenarioName, teams, observationSize, stateSize, actions, episodeLimit);
    }
}
