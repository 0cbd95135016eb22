package dev.league.scenarios.shooter;

import static dev.league.scenarios.shooter.Arenas.FACE_TO_FACE;
import static dev.league.scenarios.shooter.Arenas.faceToFace;
import static dev.league.scenarios.shooter.Arenas.playerAt;
import static dev.league.scenarios.shooter.Arenas.weapon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScenarioSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mechanics of one shooter copy, on small hand-built arenas with an exact (spread-free) weapon. */
final class ShooterTest {

    private static final int CENTRE_RAY = 10; // of the default 21 rays
    private static final ShooterSpec.Wall BLOCK = new ShooterSpec.Wall(9, 5, 2, 10); // between x = 3 and x = 17

    private static int fire(Shooter shooter) {
        return shooter.actions.encode(ShooterActions.MOVE_NONE, ShooterActions.STRAFE_NONE, shooter.actions.noTurn(),
                ShooterActions.FIRE_YES);
    }

    private static int forward(Shooter shooter) {
        return shooter.actions.encode(ShooterActions.MOVE_FORWARD, ShooterActions.STRAFE_NONE,
                shooter.actions.noTurn(), ShooterActions.FIRE_NO);
    }

    @Test
    void fire_atFacingEnemy_damagesThenKills_scoringFragDeathAndRewards() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(25, 1, 30, 30), 5);
        shooter.reset(1);
        Frame frame = new Frame(shooter);
        int fire = fire(shooter);

        frame.step(fire, shooter.noop);

        assertThat(shooter.health).containsExactly(100, 75);
        assertThat(shooter.ammo).containsExactly(29, 30);
        assertThat(frame.rewards[0]).isCloseTo(25 * 0.002f, within(1e-6f));
        assertThat(frame.rewards[1]).isZero();
        assertThat(frame.measurement(1, Shooter.HURT)).isEqualTo(0.25f);

        frame.step(fire, shooter.noop);
        frame.step(fire, shooter.noop);
        frame.step(fire, shooter.noop);

        assertThat(shooter.health[1]).isZero();
        assertThat(shooter.alive).containsExactly(true, false);
        assertThat(shooter.frags).containsExactly(1, 0);
        assertThat(shooter.deaths).containsExactly(0, 1);
        assertThat(frame.rewards[0]).isCloseTo(1 + 25 * 0.002f, within(1e-6f));
        assertThat(frame.rewards[1]).isEqualTo(-1f);
    }

    @Test
    void observe_deadPlayer_isZerosAndDeadFlag_andOnlyTheNoopIsAllowed() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(100, 1, 30, 30), 5);
        shooter.reset(1);
        Frame frame = new Frame(shooter).step(fire(shooter), shooter.noop);

        float[] dead = frame.observation(1);
        int deadFlag = shooter.rayCount * ShooterSpec.RAY_FEATURES + Shooter.DEAD;
        for (int i = 0; i < dead.length; i++) {
            assertThat(dead[i]).as("feature %s", i).isEqualTo(i == deadFlag ? 1f : 0f);
        }
        assertThat(frame.allowed(1)).isEqualTo(1);
        assertThat(frame.mask(1, shooter.noop)).isTrue();
        assertThat(frame.measurement(0, Shooter.DEAD)).isZero();
        assertThatThrownBy(() -> shooter.step(new int[] {shooter.noop, forward(shooter)}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actions[1]")
                .hasMessageContaining("is dead");
    }

    @Test
    void step_bothKillEachOtherAtOnce_bothScore_andTheMatchIsADraw() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(100, 1, 30, 30), 5);
        shooter.reset(3);
        Frame frame = new Frame(shooter).step(fire(shooter), fire(shooter));

        assertThat(shooter.frags).containsExactly(1, 1);
        assertThat(shooter.deaths).containsExactly(1, 1);
        assertThat(frame.rewards[0]).isCloseTo(100 * 0.002f, within(1e-6f)); // +1 frag, -1 death, damage
        assertThat(frame.rewards[1]).isCloseTo(100 * 0.002f, within(1e-6f));
        while (!shooter.truncated()) {
            shooter.step(new int[] {shooter.noop, shooter.noop}, 0);
        }
        EpisodeOutcome outcome = shooter.outcome();
        assertThat(outcome.isDraw()).isTrue();
        assertThat(outcome.teamScores()).containsExactly(1f, 1f);
        assertThat(outcome.damage()).containsExactly(100f, 100f);
        assertThat(outcome.steps()).isEqualTo(500);
    }

    @Test
    void outcome_moreFrags_wins_andEpisodeIsTruncatedAtMatchLength() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(50, 1, 30, 30), 5);
        shooter.reset(2);
        shooter.step(new int[] {fire(shooter), shooter.noop}, 0);
        shooter.step(new int[] {fire(shooter), shooter.noop}, 0);
        assertThatThrownBy(shooter::outcome).isInstanceOf(IllegalStateException.class);
        int steps = 2;
        while (!shooter.truncated()) {
            assertThat(shooter.terminated()).isFalse();
            shooter.step(new int[] {shooter.noop, shooter.noop}, 0);
            steps++;
        }

        assertThat(steps).isEqualTo(500);
        EpisodeOutcome outcome = shooter.outcome();
        assertThat(outcome.winnerTeam()).isZero();
        assertThat(outcome.frags()).containsExactly(1, 0);
        assertThat(outcome.damage()).containsExactly(100f, 0f);
        assertThatThrownBy(() -> shooter.step(new int[] {shooter.noop, shooter.noop}, 0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fire_duringCooldown_isMasked_untilCooldownStepsHavePassed() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(1, 4, 30, 30), 5);
        shooter.reset(1);
        int fire = fire(shooter);
        Frame frame = new Frame(shooter).read();
        assertThat(frame.mask(0, fire)).isTrue();

        frame.step(fire, shooter.noop);
        for (int wait = 1; wait < 4; wait++) {
            assertThat(frame.mask(0, fire)).as("after %s steps", wait).isFalse();
            assertThat(frame.measurement(0, Shooter.FIRE_READY)).isZero();
            assertThat(frame.measurement(0, Shooter.COOLDOWN)).isEqualTo((4 - wait) / 4f);
            assertThatThrownBy(() -> shooter.step(new int[] {fire, shooter.noop}, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("masked out");
            frame.step(shooter.noop, shooter.noop);
        }

        assertThat(frame.mask(0, fire)).isTrue();
        assertThat(frame.measurement(0, Shooter.FIRE_READY)).isEqualTo(1f);
        frame.step(fire, shooter.noop);
        assertThat(shooter.health[1]).isEqualTo(98);
    }

    @Test
    void fire_outOfAmmo_isMaskedForEveryFiringAction() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(1, 1, 3, 3), 5);
        shooter.reset(1);
        int fire = fire(shooter);
        Frame frame = new Frame(shooter);
        for (int shot = 0; shot < 3; shot++) {
            frame.step(fire, shooter.noop);
        }

        assertThat(shooter.ammo[0]).isZero();
        assertThat(shooter.health[1]).isEqualTo(97);
        assertThat(frame.measurement(0, Shooter.AMMO)).isZero();
        for (int action = 0; action < shooter.spec().actions(); action++) {
            assertThat(frame.mask(0, action)).as("action %s", action).isEqualTo(shooter.actions.fire(action) == 0);
            assertThat(frame.mask(1, action)).isTrue();
        }
        assertThatThrownBy(() -> shooter.step(new int[] {fire, shooter.noop}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actions[0] = " + fire + " fires, which is masked out: ammo 0, cooldown 0");
    }

    @Test
    void ammoPickup_restoresUpToCapacity_andComesBackAfterItsRespawnSteps() {
        ShooterSpec.Pickup ammo = new ShooterSpec.Pickup(ShooterSpec.AMMO, 3, 10, 10, 5);
        Shooter shooter = faceToFace(List.of(), List.of(ammo), weapon(1, 1, 20, 5), 5);
        shooter.reset(4);
        int taker = playerAt(shooter, 3, 10);
        Frame frame = new Frame(shooter).read();
        int pickupState = 2 * ShooterSpec.PLAYER_STATE;
        assertThat(frame.state[pickupState]).isEqualTo(1f);

        frame.step(shooter.noop, shooter.noop);
        assertThat(shooter.ammo[taker]).isEqualTo(15);
        assertThat(shooter.ammo[1 - taker]).isEqualTo(5);
        for (int step = 1; step <= 5; step++) {
            assertThat(frame.state[pickupState]).as("after step %s", step).isZero();
            assertThat(frame.state[pickupState + 1]).isEqualTo((6 - step) / 5f);
            frame.step(shooter.noop, shooter.noop);
        }

        assertThat(shooter.ammo[taker]).isEqualTo(20); // 15 + 10, capped at the capacity
        for (int step = 0; step < 6; step++) {
            frame.step(shooter.noop, shooter.noop);
        }
        assertThat(frame.state[pickupState]).as("back, and not taken by a player with full ammo").isEqualTo(1f);
        assertThat(shooter.ammo[taker]).isEqualTo(20);
    }

    @Test
    void healthPickup_isTakenOnlyWhenNeeded_andRestoresUpToMaximum() {
        ShooterSpec.Pickup health = new ShooterSpec.Pickup(ShooterSpec.HEALTH, 17, 10, 50, 100);
        Shooter shooter = faceToFace(List.of(), List.of(health), weapon(40, 1, 30, 30), 5);
        shooter.reset(5);
        int shooterAtWest = playerAt(shooter, 3, 10);
        int target = 1 - shooterAtWest;
        int[] actions = new int[2];
        actions[target] = shooter.noop;
        actions[shooterAtWest] = shooter.noop;
        shooter.step(actions, 0);
        assertThat(shooter.pickupAvailable[0]).as("full health: not taken").isTrue();

        actions[shooterAtWest] = fire(shooter);
        shooter.step(actions, 0);

        assertThat(shooter.health[target]).isEqualTo(100); // 60 + 50, capped at 100
        assertThat(shooter.pickupAvailable[0]).isFalse();
    }

    @Test
    void killedPlayer_respawnsAfterDelay_atASpawnPoint_withFullHealthAndSpawnAmmo() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(100, 1, 30, 7), 6);
        shooter.reset(6);
        Frame frame = new Frame(shooter).step(fire(shooter), shooter.noop);
        for (int step = 1; step <= 6; step++) {
            assertThat(shooter.alive[1]).as("after %s steps", step).isFalse();
            assertThat(frame.measurement(1, Shooter.DEAD)).isEqualTo(1f);
            assertThat(frame.state[ShooterSpec.PLAYER_STATE + 8]).isEqualTo((7 - step) / 6f);
            frame.step(shooter.noop, shooter.noop);
        }

        assertThat(shooter.alive[1]).isTrue();
        assertThat(frame.measurement(1, Shooter.DEAD)).isZero();
        assertThat(frame.measurement(1, Shooter.HEALTH)).isEqualTo(1f);
        assertThat(shooter.ammo[1]).isEqualTo(7);
        assertThat(FACE_TO_FACE).contains(new ShooterSpec.Spawn(shooter.x[1], shooter.y[1], null));
        assertThat(frame.allowed(1)).isEqualTo(shooter.spec().actions());
    }

    @Test
    void walls_blockMovement() {
        Shooter shooter = faceToFace(List.of(BLOCK), List.of(), weapon(25, 1, 30, 30), 5);
        shooter.reset(1);
        int west = playerAt(shooter, 3, 10);
        int forward = forward(shooter);
        for (int step = 0; step < 100; step++) {
            shooter.step(new int[] {forward, forward}, 0);
        }

        assertThat(shooter.x[west]).isLessThanOrEqualTo(9 - 0.4).isGreaterThan(9 - 0.4 - 0.3);
        assertThat(shooter.x[1 - west]).isGreaterThanOrEqualTo(11 + 0.4).isLessThan(11 + 0.4 + 0.3);
        assertThat(shooter.y).containsExactly(10, 10);
    }

    @Test
    void walls_slideMovementAlongTheFreeAxis() {
        Shooter shooter = faceToFace(List.of(BLOCK), List.of(), weapon(25, 1, 30, 30), 5);
        shooter.reset(1);
        int west = playerAt(shooter, 3, 10);
        int[] actions = {shooter.noop, shooter.noop};
        // walk into the wall, then forward plus strafe left (north): the x part is blocked, y slides
        actions[west] = forward(shooter);
        for (int step = 0; step < 30; step++) {
            shooter.step(actions, 0);
        }
        double x = shooter.x[west];
        actions[west] = shooter.actions.encode(ShooterActions.MOVE_FORWARD, ShooterActions.STRAFE_LEFT,
                shooter.actions.noTurn(), ShooterActions.FIRE_NO);
        shooter.step(actions, 0);

        assertThat(shooter.x[west]).isEqualTo(x);
        assertThat(shooter.y[west]).isCloseTo(10.25, within(1e-9));
    }

    @Test
    void walls_blockShotsAndRays() {
        Shooter shooter = faceToFace(List.of(BLOCK), List.of(), weapon(25, 1, 30, 30), 5);
        shooter.reset(1);
        int west = playerAt(shooter, 3, 10);
        Frame frame = new Frame(shooter).step(fire(shooter), fire(shooter));

        assertThat(shooter.health).containsExactly(100, 100);
        assertThat(frame.rayKind(west, CENTRE_RAY)).isEqualTo(Shooter.WALL);
        assertThat(frame.rayDistance(west, CENTRE_RAY)).isCloseTo(6 / 20f, within(1e-6f));
    }

    @Test
    void rays_seeTheEnemyAhead_andNothingBeyondTheirReach() {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(25, 1, 30, 30), 5);
        shooter.reset(1);
        int west = playerAt(shooter, 3, 10);
        Frame frame = new Frame(shooter).read();

        assertThat(frame.rayKind(west, CENTRE_RAY)).isEqualTo(Shooter.ENEMY);
        assertThat(frame.rayDistance(west, CENTRE_RAY)).isCloseTo((14 - 0.4f) / 20, within(1e-6f));
        // the leftmost ray (45 degrees left of +x from (3, 10)) meets the top border at y = 20
        assertThat(frame.rayKind(west, 0)).isEqualTo(Shooter.WALL);
        assertThat(frame.rayDistance(west, 0)).isCloseTo((float) (10 * Math.sqrt(2) / 20), within(1e-6f));
    }

    @Test
    void teamDeathmatch_shotsPassThroughTeammates_andHitTheEnemyBehind() {
        List<ShooterSpec.Spawn> spawns = List.of(new ShooterSpec.Spawn(3, 10, 0), new ShooterSpec.Spawn(6, 10, 0),
                new ShooterSpec.Spawn(14, 10, 1), new ShooterSpec.Spawn(17, 10, 1));
        ShooterSpec game = new ShooterSpec(ShooterSpec.TEAM_DEATHMATCH, 4, 2, 100, 5,
                new ShooterSpec.Arena(20, 20, List.of(), spawns, List.of()), null, weapon(25, 1, 30, 30), null,
                null, null);
        Shooter shooter = (Shooter) new ScenarioSpec("tdm", 1, game).newSimulation();
        shooter.reset(8);
        int back = playerAt(shooter, 3, 10);
        int front = playerAt(shooter, 6, 10);
        int enemy = playerAt(shooter, 14, 10);
        assertThat(shooter.team[back]).isEqualTo(shooter.team[front]).isNotEqualTo(shooter.team[enemy]);
        int[] actions = {shooter.noop, shooter.noop, shooter.noop, shooter.noop};
        actions[back] = fire(shooter);

        Frame frame = new Frame(shooter).step(actions);

        assertThat(shooter.health[front]).isEqualTo(100);
        assertThat(shooter.health[enemy]).isEqualTo(75);
        assertThat(frame.rayKind(back, CENTRE_RAY)).isEqualTo(Shooter.TEAMMATE);
        assertThat(frame.rayKind(front, CENTRE_RAY)).isEqualTo(Shooter.ENEMY);
    }

    @Test
    void pixels_drawWallsEverywhere_andEnemiesInSight() {
        List<ShooterSpec.Spawn> spawns = List.of(new ShooterSpec.Spawn(8, 10, null), new ShooterSpec.Spawn(12, 10, null));
        ShooterSpec.Wall north = new ShooterSpec.Wall(4, 13, 8, 1);
        Shooter shooter = Arenas.duel(spawns, List.of(north), List.of(), weapon(25, 1, 30, 30), 5,
                new ShooterSpec.Pixels(11, 1));
        shooter.reset(1);
        int west = playerAt(shooter, 8, 10);
        float[] grid = pixels(new Frame(shooter).read().observation(west), shooter);

        // facing +x: the enemy 4 ahead is in row 5 - 4 = 1, centre column 5
        assertThat(onCells(grid, Shooter.PIXEL_ENEMY)).containsExactly(1 * 11 + 5);
        // the wall 3..4 units to the left (north) is in columns 2 and 1, rows 1..9 (x 4..12)
        assertThat(grid[Shooter.PIXEL_WALL * 121 + 5 * 11 + 2]).isEqualTo(1f);
        assertThat(grid[Shooter.PIXEL_WALL * 121 + 5 * 11 + 3]).isZero();
        assertThat(onCells(grid, Shooter.PIXEL_TEAMMATE)).isEmpty();
    }

    @Test
    void pixels_hideEnemiesBehindWalls() {
        List<ShooterSpec.Spawn> spawns = List.of(new ShooterSpec.Spawn(8, 10, null), new ShooterSpec.Spawn(12, 10, null));
        ShooterSpec.Wall between = new ShooterSpec.Wall(9.8, 8, 0.4, 4);
        Shooter shooter = Arenas.duel(spawns, List.of(between), List.of(), weapon(25, 1, 30, 30), 5,
                new ShooterSpec.Pixels(11, 1));
        shooter.reset(1);
        float[] grid = pixels(new Frame(shooter).read().observation(playerAt(shooter, 8, 10)), shooter);

        assertThat(onCells(grid, Shooter.PIXEL_ENEMY)).isEmpty();
        assertThat(onCells(grid, Shooter.PIXEL_WALL)).isNotEmpty();
    }

    @Test
    void reset_sameSeed_sameSpawns_otherSeeds_otherSpawns() {
        ScenarioSpec scenario = Arenas.shipped("deathmatch-8");
        Shooter first = (Shooter) scenario.newSimulation();
        Shooter second = (Shooter) scenario.newSimulation();
        first.reset(11);
        second.reset(11);
        assertThat(second.x).containsExactly(first.x);
        assertThat(second.y).containsExactly(first.y);

        second.reset(12);
        assertThat(second.x).isNotEqualTo(first.x);
    }

    @Test
    void reset_placesPlayersOnDistinctSpawnPoints_whenThereAreEnough() {
        Shooter shooter = (Shooter) Arenas.shipped("deathmatch-8").newSimulation();
        for (long seed = 0; seed < 20; seed++) {
            shooter.reset(seed);
            for (int i = 0; i < shooter.n; i++) {
                for (int j = i + 1; j < shooter.n; j++) {
                    assertThat(shooter.x[i] == shooter.x[j] && shooter.y[i] == shooter.y[j])
                            .as("seed %s: players %s and %s share a spawn", seed, i, j).isFalse();
                }
            }
        }
    }

    @Test
    void teamDeathmatch_playersSpawnOnlyAtTheirTeamsPoints() {
        Shooter shooter = (Shooter) Arenas.shipped("team-deathmatch-4v4").newSimulation();
        shooter.reset(3);
        for (int i = 0; i < shooter.n; i++) {
            assertThat(shooter.x[i]).isEqualTo(shooter.team[i] == 0 ? 2 : 30);
        }
    }

    private static float[] pixels(float[] observation, Shooter shooter) {
        int from = shooter.rayCount * ShooterSpec.RAY_FEATURES + ShooterSpec.MEASUREMENTS;
        assertThat(observation.length - from).isEqualTo(ShooterSpec.PIXEL_CHANNELS * 11 * 11);
        return java.util.Arrays.copyOfRange(observation, from, observation.length);
    }

    private static List<Integer> onCells(float[] grid, int channel) {
        List<Integer> cells = new java.util.ArrayList<>();
        for (int cell = 0; cell < 121; cell++) {
            if (grid[channel * 121 + cell] == 1f) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
