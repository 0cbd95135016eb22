package dev.league.scenarios.smac;

import static dev.league.scenarios.Checks.require;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One unit type's numbers, pinned in the scenario file (times in seconds, distances in map units).
 * Omitted optional fields are 0 / none. Where the numbers come from is documented next to them in
 * each {@code scenarios/smac/*.yaml} and in docs/SCENARIOS.md.
 *
 * @param health hit points, > 0
 * @param shield shield points (Protoss), >= 0; regenerates {@link SmacSpec#shieldRegen()} per second
 *     after {@link SmacSpec#shieldRegenDelay()} seconds without damage
 * @param armor subtracted from every hit on health (not on shields); a hit on health does >= 0.5
 * @param damage damage per hit, >= 0 (0 for healers)
 * @param attacks hits per attack (zealot and colossus: 2), >= 1
 * @param bonusDamage extra damage per hit against targets with attribute {@code bonusAgainst}
 * @param bonusAgainst the attribute the bonus applies to ({@code light}, {@code armored}, ...), or none
 * @param attributes the unit's attributes: any of light, armored, biological, mechanical, massive
 * @param cooldown seconds between attacks, > 0
 * @param range attack (or heal) range between unit edges, >= 0 (melee: 0.1)
 * @param speed movement speed in map units per second, >= 0
 * @param radius unit radius, > 0
 * @param healthRegen health regenerated per second (Zerg), >= 0
 * @param healRate health healed per second on the target (medivac); > 0 makes the unit a healer
 * @param energy maximum energy (medivac), >= 0
 * @param startEnergy energy at spawn, in [0, energy]
 * @param energyRegen energy regenerated per second
 * @param healPerEnergy health healed per point of energy, > 0 for healers
 * @param splashRadius area damage radius around the attacker (baneling), >= 0
 * @param kamikaze the unit dies when it attacks (baneling)
 */
public record UnitStats(
        Double health,
        Double shield,
        Double armor,
        Double damage,
        Integer attacks,
        Double bonusDamage,
        String bonusAgainst,
        List<String> attributes,
        Double cooldown,
        Double range,
        Double speed,
        Double radius,
        Double healthRegen,
        Double healRate,
        Double energy,
        Double startEnergy,
        Double energyRegen,
        Double healPerEnergy,
        Double splashRadius,
        Boolean kamikaze) implements Serializable {

    public static final Set<String> ATTRIBUTES = Set.of("light", "armored", "biological", "mechanical", "massive");

    public UnitStats {
        require(health != null && health > 0, "unit.health must be > 0, was %s", health);
        shield = orZero(shield);
        armor = orZero(armor);
        damage = orZero(damage);
        attacks = attacks == null ? 1 : attacks;
        bonusDamage = orZero(bonusDamage);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        require(cooldown != null && cooldown > 0, "unit.cooldown must be > 0 seconds, was %s", cooldown);
        require(range != null && range >= 0, "unit.range must be >= 0, was %s", range);
        require(speed != null && speed >= 0, "unit.speed must be >= 0, was %s", speed);
        require(radius != null && radius > 0, "unit.radius must be > 0, was %s", radius);
        healthRegen = orZero(healthRegen);
        healRate = orZero(healRate);
        energy = orZero(energy);
        startEnergy = startEnergy == null ? energy : startEnergy;
        energyRegen = orZero(energyRegen);
        healPerEnergy = orZero(healPerEnergy);
        splashRadius = orZero(splashRadius);
        kamikaze = kamikaze != null && kamikaze;
        require(shield >= 0 && armor >= 0 && damage >= 0 && bonusDamage >= 0 && healthRegen >= 0 && energyRegen >= 0
                && splashRadius >= 0, "unit numbers must be >= 0");
        require(attacks >= 1 && attacks <= 8, "unit.attacks must be in 1..8, was %s", attacks);
        for (String attribute : attributes) {
            require(ATTRIBUTES.contains(attribute), "unit.attributes: '%s' is not known (allowed: %s)", attribute,
                    ATTRIBUTES.stream().sorted().toList());
        }
        require(bonusAgainst == null || ATTRIBUTES.contains(bonusAgainst),
                "unit.bonusAgainst: '%s' is not known (allowed: %s)", bonusAgainst, ATTRIBUTES.stream().sorted().toList());
        require(healRate == 0 || (energy > 0 && healPerEnergy > 0),
                "a healer (healRate > 0) needs energy > 0 and healPerEnergy > 0, had %s and %s", energy, healPerEnergy);
        require(startEnergy >= 0 && startEnergy <= energy, "unit.startEnergy must be in [0, energy], was %s", startEnergy);
    }

    private static Double orZero(Double value) {
        return value == null ? 0.0 : value;
    }

    public boolean healer() {
        return healRate > 0;
    }

    public boolean has(String attribute) {
        return attributes.contains(attribute);
    }
}
