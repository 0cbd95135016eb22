package dev.league.scenarios.shooter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.yaml.ConfigException;
import dev.league.scenarios.yaml.StrictYaml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ShooterSpecTest {

    @TempDir
    Path dir;

    static Stream<String> shipped() {
        return Arenas.SHIPPED.stream();
    }

    @Test
    void shippedFiles_areAllListed() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("shooter"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".yaml", "")))
                    .containsExactlyInAnyOrderElementsOf(Arenas.SHIPPED);
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedFile_loadsValidatesAndBuildsASimulation(String name) {
        ScenarioSpec scenario = Arenas.shipped(name);

        assertThat(scenario.game()).isInstanceOf(ShooterSpec.class);
        assertThat(scenario.name()).isEqualTo("shooter-" + name);
        EnvironmentSpec spec = scenario.environmentSpec();
        assertThat(scenario.newSimulation().spec()).isEqualTo(spec);
        ShooterSpec game = Arenas.game(scenario);
        assertThat(spec.actions()).isEqualTo(3 * 3 * game.player().turnDegrees().size() * 2);
        assertThat(spec.episodeLimit()).isEqualTo(game.matchLength());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedFile_writtenAndReadBack_isEqual(String name) throws Exception {
        ScenarioSpec scenario = Arenas.shipped(name);

        assertThat(StrictYaml.parse("inline", StrictYaml.write(scenario), ScenarioSpec.class)).isEqualTo(scenario);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(scenario);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(scenario);
        }
    }

    @Test
    void shippedFiles_haveTheDocumentedSizes() {
        // D = 21 rays * 7 + 12 measurements (+ 5 * 11 * 11 pixels); S = 11 per player + 2 per pickup + 1; A = 3*3*7*2
        assertSizes("duel", List.of(0, 1), 159, 2 * 11 + 4 * 2 + 1);
        assertSizes("duel-vision", List.of(0, 1), 159 + 605, 2 * 11 + 4 * 2 + 1);
        assertSizes("deathmatch-4", List.of(0, 1, 2, 3), 159, 4 * 11 + 4 * 2 + 1);
        assertSizes("deathmatch-8", List.of(0, 1, 2, 3, 4, 5, 6, 7), 159, 8 * 11 + 8 * 2 + 1);
        assertSizes("team-deathmatch-4v4", List.of(0, 0, 0, 0, 1, 1, 1, 1), 159, 8 * 11 + 4 * 2 + 1);
    }

    private static void assertSizes(String name, List<Integer> teams, int observationSize, int stateSize) {
        EnvironmentSpec spec = Arenas.shipped(name).environmentSpec();
        assertThat(spec.agentTeams()).as(name).isEqualTo(teams);
        assertThat(spec.observationSize()).as(name).isEqualTo(observationSize);
        assertThat(spec.stateSize()).as(name).isEqualTo(stateSize);
        assertThat(spec.actions()).as(name).isEqualTo(126);
        assertThat(spec.actionComponents()).as(name + ": move, strafe, turn, fire").containsExactly(3, 3, 7, 2);
    }

    @Test
    void omittedBlocks_takeTheirDefaults_andSpawnsAreDerived() throws Exception {
        ScenarioSpec scenario = Scenarios.load(file("""
                name: minimal
                seed: 1
                game:
                  type: shooter
                  mode: deathmatch
                  players: 3
                  matchLength: 100
                  respawnDelay: 10
                  arena:
                    width: 10
                    height: 10
                    walls: [{x: 4, y: 4, width: 2, height: 2}]
                """));

        ShooterSpec game = Arenas.game(scenario);
        assertThat(game.player()).isEqualTo(ShooterSpec.Player.DEFAULT);
        assertThat(game.weapon()).isEqualTo(ShooterSpec.Weapon.DEFAULT);
        assertThat(game.rays()).isEqualTo(ShooterSpec.Rays.DEFAULT);
        assertThat(game.rewards()).isEqualTo(ShooterSpec.Rewards.DEFAULT);
        assertThat(game.pixels()).isNull();
        assertThat(game.arena().pickups()).isEmpty();
        // 9 candidate points at 1, 5, 9 on each axis; the centre (5, 5) is inside the wall
        assertThat(game.spawnPoints()).hasSize(8).doesNotContain(new ShooterSpec.Spawn(5, 5, null));
        assertThat(game.agentTeams()).containsExactly(0, 1, 2);
    }

    @Test
    void load_badValue_namesFileLineFieldValueAndRule() throws Exception {
        Path file = file("""
                name: bad
                seed: 1
                game:
                  type: shooter
                  mode: deathmatch
                  players: 40
                  matchLength: 100
                  respawnDelay: 10
                  arena: {width: 10, height: 10}
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":6:3: game.players must be in 2..16, was 40");
    }

    @Test
    void load_unknownField_listsTheAllowedOnes() throws Exception {
        Path file = file("""
                name: bad
                seed: 1
                game:
                  type: shooter
                  mode: duel
                  players: 2
                  matchLength: 100
                  respawnDelay: 10
                  arena: {width: 10, height: 10}
                  weapon: {damage: 10, cooldown: 2, capacity: 5, spawnAmmo: 5, range: 9, spreadDegrees: 1, recoil: 2}
                """);

        assertThatThrownBy(() -> Scenarios.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":10:")
                .hasMessageContaining("unknown field 'game.weapon.recoil'")
                .hasMessageContaining("spreadDegrees");
    }

    @Test
    void constructor_invalidSettings_areRejectedWithFieldValueAndRule() {
        ShooterSpec.Arena open = new ShooterSpec.Arena(10, 10, null, null, null);
        assertRejected(() -> new ShooterSpec("capture-the-flag", 2, null, 100, 10, open, null, null, null, null, null),
                "game.mode must be one of [duel, deathmatch, team-deathmatch], was 'capture-the-flag'");
        assertRejected(() -> new ShooterSpec("duel", 3, null, 100, 10, open, null, null, null, null, null),
                "game.players must be 2 in a duel, was 3");
        assertRejected(() -> new ShooterSpec("team-deathmatch", 4, null, 100, 10, open, null, null, null, null, null),
                "game.teams is required in team-deathmatch (2..8, dividing game.players)");
        assertRejected(() -> new ShooterSpec("team-deathmatch", 6, 4, 100, 10, open, null, null, null, null, null),
                "game.teams must divide game.players = 6 into teams of at least 2, was 4");
        assertRejected(() -> new ShooterSpec("deathmatch", 4, 2, 100, 10, open, null, null, null, null, null),
                "game.teams must be omitted in mode deathmatch (each player is its own team), was 2");
        assertRejected(() -> new ShooterSpec("duel", 2, null, 0, 10, open, null, null, null, null, null),
                "game.matchLength must be in 1..100000, was 0");
        assertRejected(() -> new ShooterSpec("duel", 2, null, 100, 0, open, null, null, null, null, null),
                "game.respawnDelay must be in 1..10000, was 0");
        assertRejected(() -> new ShooterSpec("duel", 2, null, 100, 10, null, null, null, null, null, null),
                "game.arena is required (width, height, walls, spawns, pickups)");
        ShooterSpec.Player fast = new ShooterSpec.Player(0.4, 100, 0.8, 0.1, List.of(0.0), 0.8);
        assertThatThrownBy(() -> new ShooterSpec("duel", 2, null, 100, 10, open, fast, null, null, null, null))
                .hasMessageStartingWith("game.player.speed and strafeSpeed must move less than a body width");
    }

    @Test
    void arena_invalidGeometry_isRejectedWithTheIndex() {
        assertRejected(() -> new ShooterSpec.Arena(100, 10, null, null, null), "game.arena.width must be in 4..64, was 100.0");
        assertRejected(() -> new ShooterSpec.Arena(10, 10, List.of(new ShooterSpec.Wall(1, 1, 1, 1),
                        new ShooterSpec.Wall(1, 1, -2, 1)), null, null),
                "game.arena.walls[1].width must be > 0, was -2.0");
        assertRejected(() -> new ShooterSpec.Arena(10, 10, List.of(new ShooterSpec.Wall(8, 1, 4, 1)), null, null),
                "game.arena.walls[0] must lie inside the 10.0x10.0 arena, was x 8.0..12.0, y 1.0..2.0");
        assertRejected(() -> new ShooterSpec.Arena(10, 10, null, null,
                        List.of(new ShooterSpec.Pickup("armor", 5, 5, 10, 10))),
                "game.arena.pickups[0].kind must be one of [health, ammo], was 'armor'");
        ShooterSpec.Arena spawnInWall = new ShooterSpec.Arena(10, 10, List.of(new ShooterSpec.Wall(4, 4, 2, 2)),
                List.of(new ShooterSpec.Spawn(1, 1, null), new ShooterSpec.Spawn(5.2, 6.1, null)), null);
        assertRejected(() -> new ShooterSpec("duel", 2, null, 100, 10, spawnInWall, null, null, null, null, null),
                "game.arena.spawns[1] must leave room for a player (radius 0.4) inside the arena and outside every "
                        + "wall, was (5.2, 6.1)");
        ShooterSpec.Arena nan = new ShooterSpec.Arena(10, 10, null, null,
                List.of(new ShooterSpec.Pickup("ammo", Double.NaN, 5, 10, 10)));
        assertThatThrownBy(() -> new ShooterSpec("duel", 2, null, 100, 10, nan, null, null, null, null, null))
                .hasMessageStartingWith("game.arena.pickups[0] must lie where a player");
        ShooterSpec.Arena oneSided = new ShooterSpec.Arena(10, 10, null,
                List.of(new ShooterSpec.Spawn(1, 1, 0), new ShooterSpec.Spawn(9, 9, 0)), null);
        assertRejected(() -> new ShooterSpec("team-deathmatch", 4, 2, 100, 10, oneSided, null, null, null, null, null),
                "game.arena.spawns must give team 1 a spawn point (one with team 1 or without team)");
    }

    @Test
    void blocks_invalidValues_areRejected() {
        assertRejected(() -> new ShooterSpec.Player(0.4, 100, 0.3, 0.2, List.of(-10.0, 10.0), 0.8),
                "game.player.turnDegrees must contain 0 (no turn), was [-10.0, 10.0]");
        assertRejected(() -> new ShooterSpec.Player(0.4, 100, 0.3, 0.2, List.of(10.0, 0.0), 0.8),
                "game.player.turnDegrees must be strictly ascending, was [10.0, 0.0]");
        assertRejected(() -> new ShooterSpec.Weapon(10, 2, 5, 6, 10, 1),
                "game.weapon.spawnAmmo must be in 0..capacity (5), was 6");
        assertRejected(() -> new ShooterSpec.Weapon(10, 0, 5, 5, 10, 1), "game.weapon.cooldown must be in 1..1000, was 0");
        assertRejected(() -> new ShooterSpec.Rays(0, 90, 10), "game.rays.count must be in 1..64, was 0");
        assertRejected(() -> new ShooterSpec.Pixels(10, 1), "game.pixels.size must be odd and in 3..31, was 10");
        assertRejected(() -> new ShooterSpec.Rewards(1, -1, Double.NaN), "game.rewards.damage must be in -1..1, was NaN");
    }

    @Test
    void turnDegrees_negativeZero_countsAsTheNoTurnBin() {
        ShooterSpec.Player player = new ShooterSpec.Player(0.4, 100, 0.3, 0.2, List.of(-5.0, -0.0, 5.0), 0.8);

        assertThat(player.turnDegrees()).containsExactly(-5.0, 0.0, 5.0);
    }

    private static void assertRejected(Runnable construction, String message) {
        assertThatThrownBy(construction::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private Path file(String text) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text);
        return file;
    }
}
