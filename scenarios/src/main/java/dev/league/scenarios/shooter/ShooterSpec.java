package dev.league.scenarios.shooter;

import static dev.league.scenarios.Checks.require;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.GameSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Simulation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multiplayer shooter arena (issue #3): a duel, a free-for-all deathmatch or a team deathmatch
 * in a 2-D arena with axis-aligned walls, a hitscan weapon with damage, cooldown and ammo, health
 * and ammo pickups, respawns, and a fixed match length. {@link ShooterActions} gives the action
 * encoding; the rules, rewards and layouts follow.
 *
 * <p>Units: distances in arena units (a player is a disc of radius {@code player.radius}), time in
 * agent steps, angles in degrees, health and damage in hit points. The origin is the arena's
 * lower-left corner, x to the right, y up; headings are counter-clockwise from the +x axis.
 *
 * <pre>
 * game:
 *   type: shooter
 *   mode: duel                 # duel | deathmatch | team-deathmatch
 *   players: 2
 *   matchLength: 1200
 *   respawnDelay: 20
 *   arena:
 *     width: 20
 *     height: 20
 *     walls: [{x: 9, y: 9, width: 2, height: 2}]
 *     spawns: [{x: 2, y: 2}, {x: 18, y: 18}]
 *     pickups: [{kind: health, x: 10, y: 3, amount: 50, respawn: 150}]
 * </pre>
 *
 * <h2>Rules</h2>
 * Every player is an agent: a disc with a position, a heading, health and ammo. One step:
 * <ol>
 *   <li>actions are checked against the masks (an illegal action throws, nothing changes);
 *   <li>each living player turns by its turn bin, then moves by (move * speed) along its heading
 *       plus (strafe * strafeSpeed) to its right; a move into a wall or the border slides along
 *       the free axis or is cancelled (players do not block each other);
 *   <li>shots of all firing players are traced at once from the new positions (a player killed
 *       this step still fires); each costs one round and starts the cooldown; a shot hits the
 *       nearest enemy within range unless a wall is nearer;
 *   <li>damage is applied in a rotating player order (the order starts at player {@code step mod
 *       N}, so no seat is favoured): the hit that takes a player to 0 health scores the frag;
 *       later hits on it this step are wasted;
 *   <li>dead players' respawn countdowns tick and those at 0 respawn at a spawn point drawn from
 *       the episode's random stream (spawn points of the player's team or of any team), with full
 *       health, {@code weapon.spawnAmmo} rounds, facing the arena's centre; players killed this
 *       step die (dead for {@code respawnDelay} steps, during which only the no-op is allowed);
 *   <li>pickups' respawn countdowns tick; living players take pickups within reach that they
 *       need, in the rotating order;
 *   <li>cooldowns tick; after {@code matchLength} steps the episode is truncated.
 * </ol>
 * The outcome: team scores = frags per team; the team with most frags wins, a tie for most is a
 * {@link dev.league.scenarios.EpisodeOutcome#DRAW}; damage = hit points dealt per team.
 * {@code terminated()} is always false: a match always runs its full length. Same seed and same
 * actions give the same trajectory.
 *
 * <h2>Rewards [N]</h2>
 * Per agent and step: {@code rewards.frag} (default +1) per kill it made, {@code rewards.death}
 * (default -1) per death it suffered, and {@code rewards.damage} (default +0.002) per hit point of
 * damage it dealt. With the damage term at 0 a duel is zero-sum.
 *
 * <h2>Observation [N, D], D = R * 7 + 12 (+ 5 * G * G)</h2>
 * Egocentric, per agent:
 * <ul>
 *   <li>[0, R * 7): the ray strip, R = {@code rays.count} rays from left (ray 0) to right; ray r at
 *       [r * 7, r * 7 + 7): distance to the first thing hit / {@code rays.maxDistance} (1 = nothing
 *       within reach), then a one-hot of what was hit: wall (border included), enemy, teammate,
 *       health pickup, ammo pickup, nothing;
 *   <li>[R * 7, R * 7 + 12): measurements: health / max, ammo / capacity, fire ready (1 if firing
 *       is allowed now), cooldown left / cooldown, dead (1 while respawning), time left (1 at the
 *       start, 0 at the end), lead = (own team's frags - most frags of another team) / 10 clipped
 *       to [-1, 1], damage taken last step / max health, x / width, y / height, sin(heading),
 *       cos(heading);
 *   <li>[R * 7 + 12, D): if {@code pixels} is set, a top-down egocentric grid [C = 5, G, G]
 *       (channel-major; row 0 farthest ahead, column 0 leftmost; the player in the centre cell,
 *       facing up), channels wall/border, enemy, teammate, health pickup, ammo pickup; players
 *       and pickups are drawn only when in line of sight.
 * </ul>
 * A dead agent's observation is all zeros except the dead flag.
 *
 * <h2>State [S], S = N * 11 + K * 2 + 1</h2>
 * Per player n at [n * 11, n * 11 + 11): x / width, y / height, sin(heading), cos(heading),
 * health / max, ammo / capacity, cooldown left / cooldown, alive, respawn countdown / respawn
 * delay, frags * 0.1, deaths * 0.1 (dead players keep the position where they died); per pickup k
 * at [N * 11 + k * 2, +2): available, respawn countdown / respawn steps; last: time left.
 *
 * <h2>Masks [N, A]</h2>
 * A living player may take every action except the firing ones (odd actions, see
 * {@link ShooterActions}) while it has no ammo or its weapon cools down; a dead one only the no-op.
 *
 * <h2>Scripted opponents</h2>
 * Rating anchors that act through the same actions and masks, weakest first: {@code random}
 * (uniform allowed actions); {@code easy} (reacts after 8 steps in sight, aims at the target's
 * position of 8 steps ago within ±12°, fires within 10°, stands to fight, wanders between
 * waypoints); {@code medium} (4 steps, ±4°, fires within 3°, strafes, turns to attackers, fetches
 * health below half and ammo below a third); {@code hard} (2 steps, ±1.5°, fires only on target,
 * strafes, turns to attackers, fetches pickups).
 *
 *
 * <h2>Settings</h2>
 * Optional blocks ({@code player}, {@code weapon}, {@code rays}, {@code rewards}) take their
 * defaults ({@link Player#DEFAULT}, ...) as a whole when omitted; {@code pixels} is off when
 * omitted. Every block that is given must list all of its fields.
 *
 * @param mode {@code duel} (exactly 2 players), {@code deathmatch} (free-for-all, each player its own
 *     team) or {@code team-deathmatch} (players split into {@code teams} equal teams)
 * @param players number of players, every one an agent, 2..16
 * @param teams team-deathmatch only: number of teams, 2..8, dividing {@code players} with at least 2
 *     players per team; players are assigned in blocks (team t = players t*P/T .. (t+1)*P/T - 1);
 *     must be omitted in the other modes
 * @param matchLength match length in steps, 1..100000; the episode is truncated there
 * @param respawnDelay steps a killed player stays dead (only the no-op allowed), 1..10000
 * @param arena the map: size, walls, spawn points and pickups
 * @param player the players' body, movement and turning (default {@link Player#DEFAULT})
 * @param weapon the hitscan weapon every player carries (default {@link Weapon#DEFAULT})
 * @param rays the egocentric ray-cast strip of the observation (default {@link Rays#DEFAULT})
 * @param pixels the optional egocentric pixel grid of the observation; {@code null} = none
 * @param rewards per-agent reward weights (default {@link Rewards#DEFAULT})
 */
public record ShooterSpec(
        String mode,
        int players,
        Integer teams,
        int matchLength,
        int respawnDelay,
        Arena arena,
        Player player,
        Weapon weapon,
        Rays rays,
        Pixels pixels,
        Rewards rewards) implements GameSpec {

    public static final String TYPE = "shooter";
    public static final String DUEL = "duel";
    public static final String DEATHMATCH = "deathmatch";
    public static final String TEAM_DEATHMATCH = "team-deathmatch";
    public static final List<String> MODES = List.of(DUEL, DEATHMATCH, TEAM_DEATHMATCH);
    public static final String HEALTH = "health";
    public static final String AMMO = "ammo";

    /** Features per ray: normalized distance + one-hot of what was hit. */
    public static final int RAY_FEATURES = 7;
    /** Measurements after the ray strip. */
    public static final int MEASUREMENTS = 12;
    /** Channels of the pixel grid: wall, enemy, teammate, health pickup, ammo pickup. */
    public static final int PIXEL_CHANNELS = 5;
    /** Global-state features per player. */
    public static final int PLAYER_STATE = 11;
    /** Global-state features per pickup: available, respawn countdown. */
    public static final int PICKUP_STATE = 2;

    public ShooterSpec {
        require(mode != null && MODES.contains(mode), "game.mode must be one of %s, was '%s'", MODES, mode);
        require(players >= 2 && players <= 16, "game.players must be in 2..16, was %s", players);
        require(!DUEL.equals(mode) || players == 2, "game.players must be 2 in a duel, was %s", players);
        if (TEAM_DEATHMATCH.equals(mode)) {
            require(teams != null, "game.teams is required in team-deathmatch (2..8, dividing game.players)");
            require(teams >= 2 && teams <= 8, "game.teams must be in 2..8, was %s", teams);
            require(players % teams == 0 && players / teams >= 2,
                    "game.teams must divide game.players = %s into teams of at least 2, was %s", players, teams);
        } else {
            require(teams == null, "game.teams must be omitted in mode %s (each player is its own team), was %s",
                    mode, teams);
        }
        require(matchLength >= 1 && matchLength <= 100_000, "game.matchLength must be in 1..100000, was %s",
                matchLength);
        require(respawnDelay >= 1 && respawnDelay <= 10_000, "game.respawnDelay must be in 1..10000, was %s",
                respawnDelay);
        require(arena != null, "game.arena is required (width, height, walls, spawns, pickups)");
        player = player == null ? Player.DEFAULT : player;
        weapon = weapon == null ? Weapon.DEFAULT : weapon;
        rays = rays == null ? Rays.DEFAULT : rays;
        rewards = rewards == null ? Rewards.DEFAULT : rewards;

        double step = Math.hypot(player.speed(), player.strafeSpeed());
        require(step < 2 * player.radius(),
                "game.player.speed and strafeSpeed must move less than a body width (2 * radius = %s) per step "
                        + "so no wall can be crossed, was %s", 2 * player.radius(), step);
        require(2 * player.radius() < Math.min(arena.width(), arena.height()),
                "game.player.radius must fit the arena (2 * radius < %s), was %s",
                Math.min(arena.width(), arena.height()), player.radius());
        int teamCount = TEAM_DEATHMATCH.equals(mode) ? teams : players;
        for (int i = 0; i < arena.spawns().size(); i++) {
            Spawn spawn = arena.spawns().get(i);
            require(arena.free(spawn.x(), spawn.y(), player.radius()),
                    "game.arena.spawns[%s] must leave room for a player (radius %s) inside the arena and "
                            + "outside every wall, was (%s, %s)", i, player.radius(), spawn.x(), spawn.y());
            require(spawn.team() == null || TEAM_DEATHMATCH.equals(mode),
                    "game.arena.spawns[%s].team is only allowed in team-deathmatch, was %s", i, spawn.team());
            require(spawn.team() == null || (spawn.team() >= 0 && spawn.team() < teamCount),
                    "game.arena.spawns[%s].team must be in 0..%s, was %s", i, teamCount - 1, spawn.team());
        }
        for (int i = 0; i < arena.pickups().size(); i++) {
            Pickup pickup = arena.pickups().get(i);
            require(arena.free(pickup.x(), pickup.y(), player.radius()),
                    "game.arena.pickups[%s] must lie where a player (radius %s) can stand, was (%s, %s)", i,
                    player.radius(), pickup.x(), pickup.y());
        }
        if (arena.spawns().isEmpty()) {
            require(!derivedSpawns(arena, player.radius()).isEmpty(),
                    "game.arena.spawns must be listed: none of the 9 derived points (corners, edge midpoints and "
                            + "centre at 10%%/50%%/90%% of the arena) is free of walls");
        } else if (TEAM_DEATHMATCH.equals(mode)) {
            for (int t = 0; t < teamCount; t++) {
                final int team = t;
                require(arena.spawns().stream().anyMatch(s -> s.team() == null || s.team() == team),
                        "game.arena.spawns must give team %s a spawn point (one with team %s or without team)", t, t);
            }
        }
    }

    /** The action tuple of this game and its flat encoding. */
    public ShooterActions actions() {
        return new ShooterActions(player.turnDegrees().size(), player.turnDegrees().indexOf(0.0));
    }

    /** Number of teams: {@code teams} in team deathmatch, else one per player. */
    public int teamCount() {
        return TEAM_DEATHMATCH.equals(mode) ? teams : players;
    }

    /** Team of each player, length {@code players}. */
    public List<Integer> agentTeams() {
        int perTeam = players / teamCount();
        List<Integer> agentTeams = new ArrayList<>(players);
        for (int i = 0; i < players; i++) {
            agentTeams.add(i / perTeam);
        }
        return agentTeams;
    }

    /** D = rays.count * {@value #RAY_FEATURES} + {@value #MEASUREMENTS} + pixel channels * size². */
    public int observationSize() {
        int pixelFeatures = pixels == null ? 0 : PIXEL_CHANNELS * pixels.size() * pixels.size();
        return rays.count() * RAY_FEATURES + MEASUREMENTS + pixelFeatures;
    }

    /** S = players * {@value #PLAYER_STATE} + pickups * {@value #PICKUP_STATE} + 1 (time left). */
    public int stateSize() {
        return players * PLAYER_STATE + arena.pickups().size() * PICKUP_STATE + 1;
    }

    /** The spawn points in use: the listed ones, or those derived when none are listed. */
    public List<Spawn> spawnPoints() {
        return arena.spawns().isEmpty() ? derivedSpawns(arena, player.radius()) : arena.spawns();
    }

    @Override
    public EnvironmentSpec environmentSpec(String scenarioName) {
        return new EnvironmentSpec(scenarioName, agentTeams(), observationSize(), stateSize(), actions().count(),
                matchLength, Arrays.stream(actions().components()).boxed().toList());
    }

    @Override
    public Simulation newSimulation(ScenarioSpec scenario) {
        return new Shooter(this, environmentSpec(scenario.name()));
    }

    /** An immutable copy of an optional list ({@code null} = empty) whose entries must not be null. */
    private static <T> List<T> copyOf(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            require(values.get(i) != null, "%s[%s] must not be empty", field, i);
        }
        return List.copyOf(values);
    }

    /** The free points among corners, edge midpoints and centre at 10%, 50%, 90% of width and height. */
    private static List<Spawn> derivedSpawns(Arena arena, double radius) {
        double[] fractions = {0.1, 0.5, 0.9};
        List<Spawn> spawns = new ArrayList<>();
        for (double fy : fractions) {
            for (double fx : fractions) {
                double x = fx * arena.width();
                double y = fy * arena.height();
                if (arena.free(x, y, radius)) {
                    spawns.add(new Spawn(x, y, null));
                }
            }
        }
        return List.copyOf(spawns);
    }

    /**
     * The map.
     *
     * @param width arena width, 4..64 units; the arena's border is a wall
     * @param height arena height, 4..64 units
     * @param walls axis-aligned wall rectangles inside the arena, at most 64; none when omitted
     * @param spawns spawn points, at most 32; when omitted, derived: the points at 10%/50%/90% of width
     *     and height that are free of walls. A player (re)spawns at one drawn from the episode's seeded
     *     random stream, facing the arena's centre
     * @param pickups health and ammo pickups, at most 32; none when omitted
     */
    public record Arena(double width, double height, List<Wall> walls, List<Spawn> spawns, List<Pickup> pickups)
            implements Serializable {

        public Arena {
            require(width >= 4 && width <= 64, "game.arena.width must be in 4..64, was %s", width);
            require(height >= 4 && height <= 64, "game.arena.height must be in 4..64, was %s", height);
            walls = copyOf(walls, "game.arena.walls");
            spawns = copyOf(spawns, "game.arena.spawns");
            pickups = copyOf(pickups, "game.arena.pickups");
            require(walls.size() <= 64, "game.arena.walls must list at most 64 walls, was %s", walls.size());
            require(spawns.size() <= 32, "game.arena.spawns must list at most 32 points, was %s", spawns.size());
            require(pickups.size() <= 32, "game.arena.pickups must list at most 32 pickups, was %s", pickups.size());
            for (int i = 0; i < walls.size(); i++) {
                Wall wall = walls.get(i);
                require(wall.width() > 0, "game.arena.walls[%s].width must be > 0, was %s", i, wall.width());
                require(wall.height() > 0, "game.arena.walls[%s].height must be > 0, was %s", i, wall.height());
                require(wall.x() >= 0 && wall.y() >= 0 && wall.x() + wall.width() <= width
                                && wall.y() + wall.height() <= height,
                        "game.arena.walls[%s] must lie inside the %sx%s arena, was x %s..%s, y %s..%s", i, width,
                        height, wall.x(), wall.x() + wall.width(), wall.y(), wall.y() + wall.height());
            }
            for (int i = 0; i < pickups.size(); i++) {
                Pickup pickup = pickups.get(i);
                require(HEALTH.equals(pickup.kind()) || AMMO.equals(pickup.kind()),
                        "game.arena.pickups[%s].kind must be one of [%s, %s], was '%s'", i, HEALTH, AMMO,
                        pickup.kind());
                require(pickup.amount() >= 1 && pickup.amount() <= 1000,
                        "game.arena.pickups[%s].amount must be in 1..1000, was %s", i, pickup.amount());
                require(pickup.respawn() >= 1 && pickup.respawn() <= 100_000,
                        "game.arena.pickups[%s].respawn must be in 1..100000, was %s", i, pickup.respawn());
            }
        }

        /** Whether a disc of {@code radius} at (x, y) lies inside the arena and overlaps no wall. */
        boolean free(double x, double y, double radius) {
            if (!(x >= radius && y >= radius && x <= width - radius && y <= height - radius)) {
                return false; // also rejects NaN
            }
            for (Wall wall : walls) {
                double nearestX = Math.max(wall.x(), Math.min(x, wall.x() + wall.width()));
                double nearestY = Math.max(wall.y(), Math.min(y, wall.y() + wall.height()));
                double dx = x - nearestX;
                double dy = y - nearestY;
                if (dx * dx + dy * dy < radius * radius) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An axis-aligned wall; it blocks movement, shots, rays and sight. Validated by {@link Arena}.
     *
     * @param x left edge
     * @param y bottom edge
     * @param width extent along x, > 0
     * @param height extent along y, > 0
     */
    public record Wall(double x, double y, double width, double height) implements Serializable {}

    /**
     * A spawn point; must leave room for a player. Validated by {@link ShooterSpec}.
     *
     * @param x position
     * @param y position
     * @param team team-deathmatch only: the team that spawns here (0-based); omitted = any team
     */
    public record Spawn(double x, double y, Integer team) implements Serializable {}

    /**
     * A pickup: taken by the first living player within {@code player.reach} who needs it (health
     * below maximum, or ammo below capacity), then gone for {@code respawn} steps. Validated by
     * {@link Arena}.
     *
     * @param kind {@code health} (restores hit points up to {@code player.health}) or {@code ammo} (adds
     *     rounds up to {@code weapon.capacity})
     * @param x position; must be where a player can stand
     * @param y position
     * @param amount hit points or rounds restored, 1..1000
     * @param respawn steps until the pickup is back after being taken, 1..100000
     */
    public record Pickup(String kind, double x, double y, int amount, int respawn) implements Serializable {}

    /**
     * Players' body and movement.
     *
     * @param radius body radius, 0.1..2 units (a shot hits when its line passes within it)
     * @param health hit points at spawn and at most, 1..10000
     * @param speed distance per step moving forward or back, 0..2 units; with {@code strafeSpeed}
     *     less than 2 * radius per step, so no wall can be tunnelled through
     * @param strafeSpeed distance per step moving sideways, 0..2 units
     * @param turnDegrees the turn bins: heading change per step of each bin, degrees, strictly
     *     ascending, in -180..180, 1..15 bins, containing 0 (the no-turn bin). Non-uniform bins give
     *     coarse and fine control in one action
     * @param reach distance from a player's centre at which it takes a pickup (and the radius at
     *     which rays and the pixel grid see a pickup), 0.1..4 units
     */
    public record Player(double radius, int health, double speed, double strafeSpeed, List<Double> turnDegrees,
            double reach) implements Serializable {

        /** Radius 0.4, 100 hit points, speed 0.3, strafe 0.25, turns ±30/±10/±3/0 degrees, reach 0.8. */
        public static final Player DEFAULT =
                new Player(0.4, 100, 0.3, 0.25, List.of(-30.0, -10.0, -3.0, 0.0, 3.0, 10.0, 30.0), 0.8);

        public Player {
            require(radius >= 0.1 && radius <= 2, "game.player.radius must be in 0.1..2, was %s", radius);
            require(health >= 1 && health <= 10_000, "game.player.health must be in 1..10000, was %s", health);
            require(speed >= 0 && speed <= 2, "game.player.speed must be in 0..2, was %s", speed);
            require(strafeSpeed >= 0 && strafeSpeed <= 2, "game.player.strafeSpeed must be in 0..2, was %s",
                    strafeSpeed);
            require(turnDegrees != null && !turnDegrees.isEmpty() && turnDegrees.size() <= 15,
                    "game.player.turnDegrees must list 1..15 bins, was %s", turnDegrees);
            List<Double> turns = new ArrayList<>(turnDegrees.size());
            for (int i = 0; i < turnDegrees.size(); i++) {
                require(turnDegrees.get(i) != null, "game.player.turnDegrees[%s] must be a number, was null", i);
                turns.add(turnDegrees.get(i) + 0.0); // -0.0 becomes 0.0
            }
            turnDegrees = List.copyOf(turns);
            for (int i = 0; i < turnDegrees.size(); i++) {
                double turn = turnDegrees.get(i);
                require(turn >= -180 && turn <= 180, "game.player.turnDegrees[%s] must be in -180..180, was %s", i,
                        turn);
                require(i == 0 || turn > turnDegrees.get(i - 1),
                        "game.player.turnDegrees must be strictly ascending, was %s", turnDegrees);
            }
            require(turnDegrees.contains(0.0), "game.player.turnDegrees must contain 0 (no turn), was %s",
                    turnDegrees);
            require(reach >= 0.1 && reach <= 4, "game.player.reach must be in 0.1..4, was %s", reach);
        }
    }

    /**
     * The hitscan weapon: a shot travels along the shooter's heading, deviated by a uniform random
     * angle in ±spreadDegrees, and hits the first enemy whose body it crosses within {@code range}
     * unless a wall is nearer. Teammates are passed through (no friendly fire).
     *
     * @param damage hit points a hit removes, 1..10000
     * @param cooldown steps between two shots, 1..1000 (1 = every step); firing is masked meanwhile
     * @param capacity most rounds a player can carry, 1..10000
     * @param spawnAmmo rounds at (re)spawn, 0..capacity; firing is masked at 0 rounds
     * @param range farthest hit, 0..1000 units
     * @param spreadDegrees largest random deviation of a shot from the heading, 0..45 degrees
     */
    public record Weapon(int damage, int cooldown, int capacity, int spawnAmmo, double range, double spreadDegrees)
            implements Serializable {

        /** 25 damage, a shot every 4 steps, 30 rounds carried, 15 at spawn, range 16, spread ±2°. */
        public static final Weapon DEFAULT = new Weapon(25, 4, 30, 15, 16, 2);

        public Weapon {
            require(damage >= 1 && damage <= 10_000, "game.weapon.damage must be in 1..10000, was %s", damage);
            require(cooldown >= 1 && cooldown <= 1000, "game.weapon.cooldown must be in 1..1000, was %s", cooldown);
            require(capacity >= 1 && capacity <= 10_000, "game.weapon.capacity must be in 1..10000, was %s",
                    capacity);
            require(spawnAmmo >= 0 && spawnAmmo <= capacity,
                    "game.weapon.spawnAmmo must be in 0..capacity (%s), was %s", capacity, spawnAmmo);
            require(range > 0 && range <= 1000, "game.weapon.range must be in (0, 1000], was %s", range);
            require(spreadDegrees >= 0 && spreadDegrees <= 45, "game.weapon.spreadDegrees must be in 0..45, was %s",
                    spreadDegrees);
        }
    }

    /**
     * The ray-cast strip: {@code count} rays spread evenly over {@code fieldOfView}, from the left
     * edge (ray 0) to the right edge (ray count-1); a single ray, or the middle one of an odd count,
     * looks straight ahead.
     *
     * @param count number of rays, 1..64
     * @param fieldOfView angle covered, 1..360 degrees
     * @param maxDistance farthest a ray sees, 0..1000 units; distances are divided by it
     */
    public record Rays(int count, double fieldOfView, double maxDistance) implements Serializable {

        /** 21 rays over 90 degrees (4.5 degrees apart), seeing 20 units. */
        public static final Rays DEFAULT = new Rays(21, 90, 20);

        public Rays {
            require(count >= 1 && count <= 64, "game.rays.count must be in 1..64, was %s", count);
            require(fieldOfView >= 1 && fieldOfView <= 360, "game.rays.fieldOfView must be in 1..360, was %s",
                    fieldOfView);
            require(maxDistance > 0 && maxDistance <= 1000, "game.rays.maxDistance must be in (0, 1000], was %s",
                    maxDistance);
        }
    }

    /**
     * The egocentric top-down pixel grid: {@code size} x {@code size} cells of {@code cell} units, the
     * player in the centre cell facing up (row 0 is farthest ahead, column 0 leftmost). Walls and the
     * arena border are drawn everywhere; players and pickups only when in line of sight.
     *
     * @param size cells per side, odd, 3..31
     * @param cell cell side, 0.1..4 units
     */
    public record Pixels(int size, double cell) implements Serializable {

        public Pixels {
            require(size >= 3 && size <= 31 && size % 2 == 1, "game.pixels.size must be odd and in 3..31, was %s",
                    size);
            require(cell >= 0.1 && cell <= 4, "game.pixels.cell must be in 0.1..4, was %s", cell);
        }
    }

    /**
     * Per-agent reward weights, each step.
     *
     * @param frag reward for each kill the agent makes, -100..100
     * @param death reward for each death of the agent, -100..100
     * @param damage shaping reward per hit point of damage the agent deals, -1..1
     */
    public record Rewards(double frag, double death, double damage) implements Serializable {

        /** +1 per frag, -1 per death, +0.002 per hit point dealt (a kill's worth of damage = 0.2). */
        public static final Rewards DEFAULT = new Rewards(1, -1, 0.002);

        public Rewards {
            require(frag >= -100 && frag <= 100, "game.rewards.frag must be in -100..100, was %s", frag);
            require(death >= -100 && death <= 100, "game.rewards.death must be in -100..100, was %s", death);
            require(damage >= -1 && damage <= 1, "game.rewards.damage must be in -1..1, was %s", damage);
        }
    }
}
