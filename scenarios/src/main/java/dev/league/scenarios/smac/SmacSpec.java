package dev.league.scenarios.smac;

import static dev.league.scenarios.Checks.require;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.GameSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Simulation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SMAC-like micromanagement map (Samvelyan et al. 2019, "The StarCraft Multi-Agent Challenge"):
 * two armies, one agent per unit on both sides, SMAC's action set, observation and state layout,
 * shaped reward and episode limit. Every unit number is pinned in the file; a new map is a new
 * YAML file. Optional fields default to SMAC's values (in parentheses).
 *
 * @param episodeLimit agent steps before the episode is truncated (required; SMAC per map)
 * @param width map width (32)
 * @param height map height (32)
 * @param sightRange observation radius (9)
 * @param shootRange radius within which "attack enemy j" / "heal ally j" is available (6)
 * @param moveAmount distance of one move order (2)
 * @param stepSeconds game time per agent step: 8 game loops at 16 loops/s (0.5)
 * @param ticksPerStep simulation ticks per agent step (8)
 * @param shieldRegen shield points regenerated per second (2)
 * @param shieldRegenDelay seconds without damage before shields regenerate (10)
 * @param reward {@code shaped} (SMAC's default) or {@code sparse} (+1 win, -1 loss) ("shaped")
 * @param rewardOnlyPositive SMAC's {@code reward_only_positive} (true)
 * @param attackDelay {@code [min, max]} seconds added to a weapon's cooldown after each attack,
 *     drawn uniformly per attack: StarCraft II's random attack delay (−0.0625, 0.125 for most
 *     units; SC2Pod wiki, "Attack speed"). It lets the attacks of identical units drift apart
 *     instead of landing in lockstep ([0, 0] turns it off)
 * @param allies team 0
 * @param enemies team 1
 * @param unitTypes the numbers of every unit type the teams use
 */
public record SmacSpec(
        Integer episodeLimit,
        Double width,
        Double height,
        Double sightRange,
        Double shootRange,
        Double moveAmount,
        Double stepSeconds,
        Integer ticksPerStep,
        Double shieldRegen,
        Double shieldRegenDelay,
        String reward,
        Boolean rewardOnlyPositive,
        List<Double> attackDelay,
        SmacTeamSpec allies,
        SmacTeamSpec enemies,
        Map<String, UnitStats> unitTypes) implements GameSpec {

    public static final String TYPE = "smac";
    public static final String SHAPED = "shaped";
    public static final String SPARSE = "sparse";

    public SmacSpec {
        require(episodeLimit != null && episodeLimit >= 1 && episodeLimit <= 100_000,
                "game.episodeLimit must be in 1..100000, was %s", episodeLimit);
        width = width == null ? 32.0 : width;
        height = height == null ? 32.0 : height;
        sightRange = sightRange == null ? 9.0 : sightRange;
        shootRange = shootRange == null ? 6.0 : shootRange;
        moveAmount = moveAmount == null ? 2.0 : moveAmount;
        stepSeconds = stepSeconds == null ? 0.5 : stepSeconds;
        ticksPerStep = ticksPerStep == null ? 8 : ticksPerStep;
        shieldRegen = shieldRegen == null ? 2.0 : shieldRegen;
        shieldRegenDelay = shieldRegenDelay == null ? 10.0 : shieldRegenDelay;
        reward = reward == null ? SHAPED : reward;
        rewardOnlyPositive = rewardOnlyPositive == null || rewardOnlyPositive;
        attackDelay = attackDelay == null ? List.of(-0.0625, 0.125) : List.copyOf(attackDelay);
        require(attackDelay.size() == 2 && attackDelay.get(0) <= attackDelay.get(1) && attackDelay.get(0) > -0.5
                && attackDelay.get(1) <= 10, "game.attackDelay must be [min, max] with -0.5 < min <= max <= 10, was %s",
                attackDelay);
        require(width >= 4 && width <= 1024, "game.width must be in 4..1024, was %s", width);
        require(height >= 4 && height <= 1024, "game.height must be in 4..1024, was %s", height);
        require(sightRange > 0, "game.sightRange must be > 0, was %s", sightRange);
        require(shootRange > 0, "game.shootRange must be > 0, was %s", shootRange);
        require(moveAmount > 0, "game.moveAmount must be > 0, was %s", moveAmount);
        require(stepSeconds > 0, "game.stepSeconds must be > 0, was %s", stepSeconds);
        require(ticksPerStep >= 1 && ticksPerStep <= 64, "game.ticksPerStep must be in 1..64, was %s", ticksPerStep);
        require(shieldRegen >= 0 && shieldRegenDelay >= 0, "game.shieldRegen and shieldRegenDelay must be >= 0");
        require(SHAPED.equals(reward) || SPARSE.equals(reward),
                "game.reward must be one of [shaped, sparse], was '%s'", reward);
        require(allies != null, "game.allies is required");
        require(enemies != null, "game.enemies is required");
        require(unitTypes != null && !unitTypes.isEmpty(), "game.unitTypes is required");
        for (SmacTeamSpec team : List.of(allies, enemies)) {
            for (String type : team.units().keySet()) {
                require(unitTypes.containsKey(type), "game unit type '%s' is not in game.unitTypes (defined: %s)", type,
                        unitTypes.keySet());
            }
            require(inside(team.position().get(0), width) && inside(team.position().get(1), height),
                    "team position %s must lie inside the %sx%s map", team.position(), width, height);
        }
        unitTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unitTypes));
    }

    private static boolean inside(double value, double size) {
        return value >= 0 && value <= size;
    }

    /** Unit types present on the map, in first-appearance order (allies, then enemies). */
    public List<String> presentTypes() {
        Set<String> types = new LinkedHashSet<>(allies.units().keySet());
        types.addAll(enemies.units().keySet());
        return new ArrayList<>(types);
    }

    /** SMAC's unit_type_bits: one-hot width for unit types, 0 on single-type maps. */
    public int unitTypeBits() {
        int types = presentTypes().size();
        return types > 1 ? types : 0;
    }

    SmacLayout layout() {
        return new SmacLayout(this);
    }

    @Override
    public EnvironmentSpec environmentSpec(String scenarioName) {
        return layout().environmentSpec(scenarioName, episodeLimit);
    }

    @Override
    public Simulation newSimulation(ScenarioSpec scenario) {
        return new Smac(this, environmentSpec(scenario.name()));
    }
}
