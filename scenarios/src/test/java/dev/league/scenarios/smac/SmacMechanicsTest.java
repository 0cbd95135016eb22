package dev.league.scenarios.smac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.ScenarioSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SmacMechanicsTest {

    static final UnitStats MARINE = new UnitStats(45.0, null, 0.0, 6.0, null, null, null, List.of("light", "biological"),
            0.61, 5.0, 3.15, 0.375, null, null, null, null, null, null, null, null);
    static final UnitStats MARAUDER = new UnitStats(125.0, null, 1.0, 10.0, null, 10.0, "armored",
            List.of("armored", "biological"), 1.07, 6.0, 3.15, 0.5625, null, null, null, null, null, null, null, null);
    static final UnitStats STALKER = new UnitStats(80.0, 80.0, 1.0, 13.0, null, 5.0, "armored",
            List.of("armored", "mechanical"), 1.34, 6.0, 4.13, 0.625, null, null, null, null, null, null, null, null);
    static final UnitStats ZEALOT = new UnitStats(100.0, 50.0, 1.0, 8.0, 2, null, null, List.of("light", "biological"),
            0.86, 0.1, 3.15, 0.5, null, null, null, null, null, null, null, null);
    static final UnitStats MEDIVAC = new UnitStats(150.0, null, 1.0, 0.0, null, null, null, List.of("armored", "mechanical"),
            1.0, 4.0, 3.5, 0.75, null, 9.0, 200.0, 50.0, 0.5625, 3.0, null, null);
    static final UnitStats ZERGLING = new UnitStats(35.0, null, 0.0, 5.0, null, null, null, List.of("light", "biological"),
            0.497, 0.1, 4.13, 0.375, 0.38, null, null, null, null, null, null, null);
    static final UnitStats BANELING = new UnitStats(30.0, null, 0.0, 16.0, null, 19.0, "light", List.of("biological"),
            1.0, 0.25, 3.15, 0.375, 0.38, null, null, null, null, null, 2.2, true);

    private static final Map<String, UnitStats> TYPES = Map.of("marine", MARINE, "marauder", MARAUDER, "stalker", STALKER,
            "zealot", ZEALOT, "medivac", MEDIVAC, "zergling", ZERGLING, "baneling", BANELING);

    /** A map with the given allies and enemies (type -> count, in order), limit 200 steps, no random attack delay. */
    static Smac map(Map<String, Integer> allies, Map<String, Integer> enemies) {
        return map(allies, enemies, List.of(0.0, 0.0));
    }

    static Smac map(Map<String, Integer> allies, Map<String, Integer> enemies, List<Double> attackDelay) {
        Map<String, UnitStats> used = new LinkedHashMap<>();
        allies.keySet().forEach(type -> used.put(type, TYPES.get(type)));
        enemies.keySet().forEach(type -> used.put(type, TYPES.get(type)));
        SmacSpec spec = new SmacSpec(200, null, null, null, null, null, null, null, null, null, null, null, attackDelay,
                new SmacTeamSpec(List.of(9.0, 16.0), allies), new SmacTeamSpec(List.of(23.0, 16.0), enemies), used);
        Smac smac = (Smac) new ScenarioSpec("test", 1, spec).newSimulation();
        smac.reset(3);
        return smac;
    }

    private static Map<String, Integer> units(Object... typeAndCount) {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (int i = 0; i < typeAndCount.length; i += 2) {
            units.put((String) typeAndCount[i], (Integer) typeAndCount[i + 1]);
        }
        return units;
    }

    /** Steps once with the given actions for every agent. */
    private static void step(Smac smac, int... actions) {
        smac.step(actions, 0);
    }

    private static void readyToFire(Smac smac) {
        for (int u = 0; u < smac.agents(); u++) {
            smac.setCooldown(u, 0);
        }
    }

    @Test
    void layout_3m_matchesSmacSizes() {
        EnvironmentSpec spec = map(units("marine", 3), units("marine", 3)).spec();

        assertThat(spec.agents()).isEqualTo(6);
        assertThat(spec.actions()).isEqualTo(9);
        assertThat(spec.observationSize()).isEqualTo(30);
        assertThat(spec.stateSize()).isEqualTo(3 * 4 + 3 * 3 + 6 * 9);
        assertThat(spec.teams()).isEqualTo(2);
    }

    @Test
    void attack_dealsDamage_onceForItsCooldown() {
        Smac smac = map(units("marine", 1), units("marine", 1));
        smac.place(0, 10, 16);
        smac.place(1, 14, 16);
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);          // 0.5 s < cooldown 0.61: one shot
        assertThat(smac.health(1)).isCloseTo(39, within(1e-9));
        step(smac, Smac.FIRST_TARGET, Smac.STOP);          // the second shot lands at 0.61 s
        assertThat(smac.health(1)).isCloseTo(33, within(1e-9));
        for (int i = 0; i < 6; i++) {
            step(smac, Smac.FIRST_TARGET, Smac.STOP);
        }
        // 4.0 s of firing every 0.61 s (ticks of 1/16 s round each wait up): 7 shots
        assertThat(smac.health(1)).isCloseTo(45 - 7 * 6, within(1e-9));
    }

    @Test
    void randomAttackDelay_letsIdenticalDuelistsDriftApart_insteadOfKillingEachOtherInTheSameTick() {
        int[] lockstep = mirrorDuels(List.of(0.0, 0.0));
        int[] sc2 = mirrorDuels(null);   // the default: SC2's -0.0625..0.125 s

        // identical marines firing in lockstep always die in the same tick: a draw every time
        assertThat(lockstep[2]).isEqualTo(200);
        // with the delay most duels have a winner, and either side can win
        assertThat(sc2[2]).isLessThan(60);
        assertThat(sc2[0]).isGreaterThan(40);
        assertThat(sc2[1]).isGreaterThan(40);
    }

    /** 200 duels of two ready marines from one seed each: {ally wins, enemy wins, both dead}. */
    private static int[] mirrorDuels(List<Double> attackDelay) {
        int[] outcomes = new int[3];
        for (int seed = 0; seed < 200; seed++) {
            Smac smac = map(units("marine", 1), units("marine", 1), attackDelay);
            smac.reset(seed);
            smac.place(0, 10, 16);
            smac.place(1, 14, 16);
            readyToFire(smac);
            for (int t = 0; t < 40 && smac.alive(0) && smac.alive(1); t++) {
                step(smac, Smac.FIRST_TARGET, Smac.FIRST_TARGET);
            }
            outcomes[smac.alive(0) ? 0 : smac.alive(1) ? 1 : 2]++;
        }
        return outcomes;
    }

    @Test
    void attackDelay_isValidated_withTheFieldInTheMessage() {
        assertThatThrownBy(() -> map(units("marine", 1), units("marine", 1), List.of(0.2, 0.1)))
                .hasMessageContaining("game.attackDelay must be [min, max]").hasMessageContaining("[0.2, 0.1]");
    }

    @Test
    void armor_reducesEveryHitOnHealth() {
        Smac smac = map(units("marine", 1), units("marauder", 1));
        smac.place(0, 10, 16);
        smac.place(1, 14, 16);
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);

        assertThat(smac.health(1)).isCloseTo(125 - (6 - 1), within(1e-9));
    }

    @Test
    void bonusDamage_hitsShieldsFirst_thenHealthThroughArmor() {
        Smac smac = map(units("marauder", 1), units("stalker", 1));
        smac.place(0, 10, 16);
        smac.place(1, 14, 16);
        readyToFire(smac);
        smac.setShield(1, 15);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);

        // 10 + 10 vs armored = 20: shields absorb 15, 5 reach health, minus armor 1
        assertThat(smac.shield(1)).isZero();
        assertThat(smac.health(1)).isCloseTo(80 - 4, within(1e-9));
    }

    @Test
    void zealot_hitsTwicePerAttack_andWalksIntoMeleeRange() {
        Smac smac = map(units("zealot", 1), units("marine", 1));
        smac.place(0, 10, 16);
        smac.place(1, 13, 16);
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);
        step(smac, Smac.FIRST_TARGET, Smac.STOP);

        assertThat(smac.distance(0, 1)).isLessThan(0.5 + 0.375 + 0.1 + 1e-6);
        assertThat(45 - smac.health(1)).isCloseTo(16, within(1e-9));
    }

    @Test
    void shields_regenerateOnlyAfterTenSecondsWithoutDamage() {
        Smac smac = map(units("stalker", 1), units("stalker", 1));
        smac.place(0, 10, 16);
        smac.place(1, 14, 16);
        readyToFire(smac);
        step(smac, Smac.FIRST_TARGET, Smac.STOP);
        double damaged = smac.shield(1);
        assertThat(damaged).isCloseTo(80 - 18, within(1e-9));

        for (int i = 0; i < 19; i++) {            // 9.5 s more: still no regeneration
            step(smac, Smac.STOP, Smac.STOP);
        }
        assertThat(smac.shield(1)).isCloseTo(damaged, within(1e-9));
        for (int i = 0; i < 4; i++) {             // 2 s later: +2/s for about 1.5-2 s
            step(smac, Smac.STOP, Smac.STOP);
        }
        assertThat(smac.shield(1)).isBetween(damaged + 2.5, damaged + 4.1);
    }

    @Test
    void attackAction_availableOnlyWithinShootRange_andUnitClosesToItsOwnRange() {
        Smac smac = map(units("marine", 1), units("marine", 1));
        smac.place(0, 10, 16);
        smac.place(1, 16.5, 16);
        assertThat(smac.available(0, Smac.FIRST_TARGET)).isFalse();
        smac.place(1, 15.9, 16);
        assertThat(smac.available(0, Smac.FIRST_TARGET)).isTrue();
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);

        // centre distance 5.9 - radii 0.75 = 5.15 > range 5: the marine walked in before firing
        assertThat(smac.x(0)).isGreaterThan(10);
        assertThat(smac.health(1)).isLessThan(45);
    }

    @Test
    void medivac_healsBiologicalAllies_spendingEnergy() {
        Smac smac = map(units("marine", 1, "medivac", 1), units("marine", 1));
        smac.place(0, 10, 16);
        smac.place(1, 11, 16);
        smac.place(2, 30, 30);
        smac.setHealth(0, 20);
        double energy = smac.energy(1);

        assertThat(smac.available(1, Smac.FIRST_TARGET)).isTrue();       // heal ally 0 (the marine)
        assertThat(smac.available(1, Smac.FIRST_TARGET + 1)).isFalse();  // not itself
        step(smac, Smac.STOP, Smac.FIRST_TARGET, Smac.STOP);

        assertThat(smac.health(0)).isCloseTo(20 + 9 * 0.5, within(1e-9));
        assertThat(smac.energy(1)).isCloseTo(energy - 4.5 / 3 + 0.5625 * 0.5, within(1e-9));
    }

    @Test
    void baneling_splashesEveryEnemyNearby_andDies() {
        Smac smac = map(units("baneling", 1), units("zergling", 3, "marine", 1));
        smac.place(0, 15, 16);
        smac.place(1, 15.8, 16);
        smac.place(2, 16.5, 16.8);
        smac.place(3, 16.5, 15.2);
        smac.place(4, 25, 16);           // the marine, far away
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP, Smac.STOP, Smac.STOP, Smac.STOP);

        assertThat(smac.alive(0)).isFalse();
        for (int zergling = 1; zergling <= 3; zergling++) {
            assertThat(smac.alive(zergling)).as("zergling %s (35 hp vs 16 + 19 light)", zergling).isFalse();
        }
        assertThat(smac.health(4)).isEqualTo(45);
    }

    @Test
    void death_leavesOnlyNoOp_andZeroObservation() {
        Smac smac = map(units("marine", 1), units("marine", 1));
        smac.place(0, 10, 16);
        smac.place(1, 14, 16);
        smac.setHealth(1, 6);
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);

        assertThat(smac.alive(1)).isFalse();
        assertThat(smac.terminated()).isTrue();
        assertThat(smac.outcome().winnerTeam()).isZero();
        assertThat(smac.outcome().frags()).containsExactly(1, 0);
        for (int action = 0; action < smac.actions(); action++) {
            assertThat(smac.available(1, action)).isEqualTo(action == Smac.NO_OP);
        }
        float[] observations = new float[2 * smac.spec().observationSize()];
        smac.observe(observations, 0, new float[smac.spec().stateSize()], 0, new boolean[2 * smac.actions()], 0);
        for (int i = smac.spec().observationSize(); i < observations.length; i++) {
            assertThat(observations[i]).isZero();
        }
    }

    @Test
    void shapedReward_winningTeamGetsDamageKillAndWinBonus_scaledToTwenty() {
        Smac smac = map(units("marine", 1), units("marine", 1));
        smac.place(0, 10, 16);
        smac.place(1, 14, 16);
        smac.setHealth(1, 6);
        readyToFire(smac);

        step(smac, Smac.FIRST_TARGET, Smac.STOP);
        float[] rewards = new float[2];
        smac.rewards(rewards, 0);

        double maxReward = 1 * 10 + 200 + 45;
        assertThat(rewards[0]).isCloseTo((float) ((6 + 10 + 200) / (maxReward / 20)), within(1e-5f));
        // reward_only_positive: the losing side's reward is |damage it dealt| = 0 this step
        assertThat(rewards[1]).isZero();
    }

    @Test
    void step_maskedAction_isRejected() {
        Smac smac = map(units("marine", 1), units("marine", 1));

        assertThatThrownBy(() -> step(smac, Smac.NO_OP, Smac.STOP))
                .hasMessage("agent 0: action 0 is not available");
    }
}
