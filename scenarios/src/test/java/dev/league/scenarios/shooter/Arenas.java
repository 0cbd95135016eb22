package dev.league.scenarios.shooter;

import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.List;

/** Shipped scenario files and small hand-built arenas for the shooter tests. */
final class Arenas {

    static final List<String> SHIPPED =
            List.of("duel", "duel-vision", "deathmatch-4", "deathmatch-8", "team-deathmatch-4v4");

    /** Spawn points (3, 10) and (17, 10) of a 20 x 20 arena: players start facing each other, 14 apart. */
    static final List<ShooterSpec.Spawn> FACE_TO_FACE =
            List.of(new ShooterSpec.Spawn(3, 10, null), new ShooterSpec.Spawn(17, 10, null));

    private Arenas() {}

    static ScenarioSpec shipped(String name) {
        return Scenarios.load(Path.of("shooter", name + ".yaml"));
    }

    static ShooterSpec game(ScenarioSpec scenario) {
        return (ShooterSpec) scenario.game();
    }

    /** The shipped scenario with another match length. */
    static ScenarioSpec withMatchLength(ScenarioSpec scenario, int matchLength) {
        ShooterSpec g = game(scenario);
        return new ScenarioSpec(scenario.name(), scenario.seed(), new ShooterSpec(g.mode(), g.players(), g.teams(),
                matchLength, g.respawnDelay(), g.arena(), g.player(), g.weapon(), g.rays(), g.pixels(), g.rewards()));
    }

    /** An exact weapon (no spread: every aimed shot hits) with range 16. */
    static ShooterSpec.Weapon weapon(int damage, int cooldown, int capacity, int spawnAmmo) {
        return new ShooterSpec.Weapon(damage, cooldown, capacity, spawnAmmo, 16, 0);
    }

    /** A 20 x 20 duel over 500 steps; default player, rays and rewards. */
    static Shooter duel(List<ShooterSpec.Spawn> spawns, List<ShooterSpec.Wall> walls,
            List<ShooterSpec.Pickup> pickups, ShooterSpec.Weapon weapon, int respawnDelay, ShooterSpec.Pixels pixels) {
        ShooterSpec game = new ShooterSpec(ShooterSpec.DUEL, 2, null, 500, respawnDelay,
                new ShooterSpec.Arena(20, 20, walls, spawns, pickups), null, weapon, null, pixels, null);
        return (Shooter) new ScenarioSpec("test-duel", 1, game).newSimulation();
    }

    /** Two players facing each other 14 apart (see {@link #FACE_TO_FACE}). */
    static Shooter faceToFace(List<ShooterSpec.Wall> walls, List<ShooterSpec.Pickup> pickups,
            ShooterSpec.Weapon weapon, int respawnDelay) {
        return duel(FACE_TO_FACE, walls, pickups, weapon, respawnDelay, null);
    }

    /** The player standing at (x, y). */
    static int playerAt(Shooter shooter, double x, double y) {
        for (int i = 0; i < shooter.n; i++) {
            if (shooter.x[i] == x && shooter.y[i] == y) {
                return i;
            }
        }
        throw new AssertionError("no player at (" + x + ", " + y + ")");
    }
}
