package dev.league.scenarios.shooter;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScriptedOpponent;
import dev.league.scenarios.Simulation;
import java.util.Arrays;
import java.util.List;

/**
 * The shooter arena simulation, one copy. {@link ShooterSpec} documents the settings, the rules,
 * the rewards, and the observation, state and mask layouts this class writes.
 *
 * <p>{@link #step}, {@link #observe} and {@link #rewards} allocate nothing; {@link #reset} neither
 * (the episode's random stream is re-seeded in place). Same seed and same actions give the same
 * trajectory.
 */
final class Shooter implements Simulation {

    /** What a ray hit, in one-hot order. */
    static final int WALL = 0;
    static final int ENEMY = 1;
    static final int TEAMMATE = 2;
    static final int HEALTH_PICKUP = 3;
    static final int AMMO_PICKUP = 4;
    static final int NOTHING = 5;

    /** Measurement indices, after the ray strip. */
    static final int HEALTH = 0;
    static final int AMMO = 1;
    static final int FIRE_READY = 2;
    static final int COOLDOWN = 3;
    static final int DEAD = 4;
    static final int TIME_LEFT = 5;
    static final int LEAD = 6;
    static final int HURT = 7;
    static final int X = 8;
    static final int Y = 9;
    static final int SIN_HEADING = 10;
    static final int COS_HEADING = 11;

    /** Pixel-grid channels. */
    static final int PIXEL_WALL = 0;
    static final int PIXEL_ENEMY = 1;
    static final int PIXEL_TEAMMATE = 2;
    static final int PIXEL_HEALTH = 3;
    static final int PIXEL_AMMO = 4;

    /** Steps of position history kept for the bots' reaction delay. */
    static final int HISTORY = 16;

    static final String RANDOM = "random";
    static final String EASY = "easy";
    static final String MEDIUM = "medium";
    static final String HARD = "hard";

    private final EnvironmentSpec spec;
    final ShooterActions actions;
    final int n;
    final int[] team;
    final int teams;
    private final int observationSize;
    private final int stateSize;
    private final int actionCount;
    final int noop;

    final double width;
    final double height;
    final double radius;
    final double reach;
    final int maxHealth;
    private final double speed;
    private final double strafeSpeed;
    /** Heading change of each turn bin, radians, [T]. */
    final double[] turn;
    private final int damage;
    final int cooldownSteps;
    final int capacity;
    private final int spawnAmmo;
    final double range;
    private final double spread;
    private final int respawnDelay;
    private final int matchLength;
    private final float fragReward;
    private final float deathReward;
    private final float damageReward;

    final int rayCount;
    final double fieldOfView;
    final double rayMax;
    /** Cosine and sine of each ray's angle relative to the heading, [R]. */
    private final double[] rayCos;
    private final double[] raySin;
    private final int pixelSize;
    private final double pixelCell;

    /** Walls as [W] corner coordinates. */
    final int wallCount;
    final double[] wallX0;
    final double[] wallY0;
    final double[] wallX1;
    final double[] wallY1;
    /** Spawn points [P]; team -1 = any team. */
    final int spawnCount;
    final double[] spawnX;
    final double[] spawnY;
    private final int[] spawnTeam;
    private final boolean[] spawnUsed;
    /** Pickups [K]. */
    final int pickupCount;
    final double[] pickupX;
    final double[] pickupY;
    final boolean[] pickupHealth;
    private final int[] pickupAmount;
    private final int[] pickupRespawn;

    // dynamic state, per player [N]; read by ShooterBot
    final double[] x;
    final double[] y;
    final double[] heading;
    final double[] cosHeading;
    final double[] sinHeading;
    final int[] health;
    final int[] ammo;
    final int[] cooldown;
    final boolean[] alive;
    final int[] respawnTimer;
    final int[] frags;
    final int[] deaths;
    /** Damage taken in the last step. */
    final int[] hurt;
    /** Who last hit each player, -1 = nobody since its spawn. */
    final int[] lastAttacker;
    /** Positions after each of the last {@link #HISTORY} steps, ring [HISTORY, N]. */
    private final double[] historyX;
    private final double[] historyY;
    /** Per team [teams]. */
    private final int[] teamFrags;
    private final float[] teamDamage;
    /** Per pickup [K]. */
    final boolean[] pickupAvailable;
    private final int[] pickupTimer;

    private final float[] lastRewards;
    private final int[] shotTarget;
    private final SplitMix random = new SplitMix();
    int steps;
    /** Episodes started, so bots can tell a new episode from the next step. */
    long episode;
    private boolean over = true;

    /** Result of the last {@link #cast}. */
    private double hitDistance;
    private int hitKind;

    private Navigation navigation;

    Shooter(ShooterSpec game, EnvironmentSpec spec) {
        this.spec = spec;
        this.actions = game.actions();
        this.n = game.players();
        this.teams = game.teamCount();
        this.team = new int[n];
        List<Integer> agentTeams = game.agentTeams();
        for (int i = 0; i < n; i++) {
            team[i] = agentTeams.get(i);
        }
        this.observationSize = spec.observationSize();
        this.stateSize = spec.stateSize();
        this.actionCount = spec.actions();
        this.noop = actions.noop();

        ShooterSpec.Arena arena = game.arena();
        this.width = arena.width();
        this.height = arena.height();
        ShooterSpec.Player player = game.player();
        this.radius = player.radius();
        this.reach = player.reach();
        this.maxHealth = player.health();
        this.speed = player.speed();
        this.strafeSpeed = player.strafeSpeed();
        this.turn = player.turnDegrees().stream().mapToDouble(Math::toRadians).toArray();
        ShooterSpec.Weapon weapon = game.weapon();
        this.damage = weapon.damage();
        this.cooldownSteps = weapon.cooldown();
        this.capacity = weapon.capacity();
        this.spawnAmmo = weapon.spawnAmmo();
        this.range = weapon.range();
        this.spread = Math.toRadians(weapon.spreadDegrees());
        this.respawnDelay = game.respawnDelay();
        this.matchLength = game.matchLength();
        this.fragReward = (float) game.rewards().frag();
        this.deathReward = (float) game.rewards().death();
        this.damageReward = (float) game.rewards().damage();

        ShooterSpec.Rays rays = game.rays();
        this.rayCount = rays.count();
        this.fieldOfView = Math.toRadians(rays.fieldOfView());
        this.rayMax = rays.maxDistance();
        this.rayCos = new double[rayCount];
        this.raySin = new double[rayCount];
        boolean fullCircle = rays.fieldOfView() >= 360;
        for (int r = 0; r < rayCount; r++) {
            double offset = rayCount == 1 ? 0
                    : fieldOfView / 2 - fieldOfView * r / (fullCircle ? rayCount : rayCount - 1);
            rayCos[r] = Math.cos(offset);
            raySin[r] = Math.sin(offset);
        }
        this.pixelSize = game.pixels() == null ? 0 : game.pixels().size();
        this.pixelCell = game.pixels() == null ? 0 : game.pixels().cell();

        List<ShooterSpec.Wall> walls = arena.walls();
        this.wallCount = walls.size();
        this.wallX0 = new double[wallCount];
        this.wallY0 = new double[wallCount];
        this.wallX1 = new double[wallCount];
        this.wallY1 = new double[wallCount];
        for (int w = 0; w < wallCount; w++) {
            ShooterSpec.Wall wall = walls.get(w);
            wallX0[w] = wall.x();
            wallY0[w] = wall.y();
            wallX1[w] = wall.x() + wall.width();
            wallY1[w] = wall.y() + wall.height();
        }
        List<ShooterSpec.Spawn> spawns = game.spawnPoints();
        this.spawnCount = spawns.size();
        this.spawnX = new double[spawnCount];
        this.spawnY = new double[spawnCount];
        this.spawnTeam = new int[spawnCount];
        this.spawnUsed = new boolean[spawnCount];
        for (int p = 0; p < spawnCount; p++) {
            spawnX[p] = spawns.get(p).x();
            spawnY[p] = spawns.get(p).y();
            spawnTeam[p] = spawns.get(p).team() == null ? -1 : spawns.get(p).team();
        }
        List<ShooterSpec.Pickup> pickups = arena.pickups();
        this.pickupCount = pickups.size();
        this.pickupX = new double[pickupCount];
        this.pickupY = new double[pickupCount];
        this.pickupHealth = new boolean[pickupCount];
        this.pickupAmount = new int[pickupCount];
        this.pickupRespawn = new int[pickupCount];
        for (int k = 0; k < pickupCount; k++) {
            ShooterSpec.Pickup pickup = pickups.get(k);
            pickupX[k] = pickup.x();
            pickupY[k] = pickup.y();
            pickupHealth[k] = ShooterSpec.HEALTH.equals(pickup.kind());
            pickupAmount[k] = pickup.amount();
            pickupRespawn[k] = pickup.respawn();
        }

        this.x = new double[n];
        this.y = new double[n];
        this.heading = new double[n];
        this.cosHeading = new double[n];
        this.sinHeading = new double[n];
        this.health = new int[n];
        this.ammo = new int[n];
        this.cooldown = new int[n];
        this.alive = new boolean[n];
        this.respawnTimer = new int[n];
        this.frags = new int[n];
        this.deaths = new int[n];
        this.hurt = new int[n];
        this.lastAttacker = new int[n];
        this.historyX = new double[HISTORY * n];
        this.historyY = new double[HISTORY * n];
        this.teamFrags = new int[teams];
        this.teamDamage = new float[teams];
        this.pickupAvailable = new boolean[pickupCount];
        this.pickupTimer = new int[pickupCount];
        this.lastRewards = new float[n];
        this.shotTarget = new int[n];
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public void reset(long seed) {
        random.seed(seed);
        steps = 0;
        episode++;
        over = false;
        Arrays.fill(frags, 0);
        Arrays.fill(deaths, 0);
        Arrays.fill(hurt, 0);
        Arrays.fill(teamFrags, 0);
        Arrays.fill(teamDamage, 0f);
        Arrays.fill(lastRewards, 0f);
        Arrays.fill(pickupAvailable, true);
        Arrays.fill(pickupTimer, 0);
        Arrays.fill(spawnUsed, false);
        for (int i = 0; i < n; i++) {
            spawn(i, true);
        }
        for (int h = 0; h < HISTORY; h++) {
            System.arraycopy(x, 0, historyX, h * n, n);
            System.arraycopy(y, 0, historyY, h * n, n);
        }
    }

    @Override
    public void step(int[] actions, int offset) {
        if (over) {
            throw new IllegalStateException("episode is over: call reset(seed) before step()");
        }
        for (int i = 0; i < n; i++) {
            check(i, actions[offset + i]);
        }
        Arrays.fill(lastRewards, 0f);
        Arrays.fill(hurt, 0);
        for (int i = 0; i < n; i++) {
            shotTarget[i] = -1;
            if (alive[i]) {
                turnAndMove(i, actions[offset + i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (alive[i] && this.actions.fire(actions[offset + i]) == ShooterActions.FIRE_YES) {
                ammo[i]--;
                cooldown[i] = cooldownSteps;
                double angle = heading[i] + spread * (2 * random.nextDouble() - 1);
                shotTarget[i] = shoot(i, Math.cos(angle), Math.sin(angle));
            }
        }
        int first = steps % n;
        for (int k = 0; k < n; k++) {
            int shooter = (first + k) % n;
            int target = shotTarget[shooter];
            if (target >= 0 && health[target] > 0) {
                hit(shooter, target);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!alive[i] && --respawnTimer[i] == 0) {
                spawn(i, false);
            }
        }
        for (int i = 0; i < n; i++) {
            if (alive[i] && health[i] == 0) {
                alive[i] = false;
                respawnTimer[i] = respawnDelay;
                cooldown[i] = 0;
            }
        }
        for (int k = 0; k < pickupCount; k++) {
            if (!pickupAvailable[k] && --pickupTimer[k] == 0) {
                pickupAvailable[k] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            int i = (first + k) % n;
            if (alive[i]) {
                collect(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (cooldown[i] > 0) {
                cooldown[i]--;
            }
        }
        steps++;
        int slot = (steps % HISTORY) * n;
        System.arraycopy(x, 0, historyX, slot, n);
        System.arraycopy(y, 0, historyY, slot, n);
        if (steps >= matchLength) {
            over = true;
        }
    }

    private void check(int agent, int action) {
        if (action < 0 || action >= actionCount) {
            throw new IllegalArgumentException(
                    "actions[" + agent + "] must be in 0.." + (actionCount - 1) + ", was " + action);
        }
        if (!alive[agent] && action != noop) {
            throw new IllegalArgumentException("actions[" + agent + "] = " + action + " is masked out: player "
                    + agent + " is dead for " + respawnTimer[agent] + " more steps and may only take the no-op "
                    + noop);
        }
        if (actions.fire(action) == ShooterActions.FIRE_YES && !canFire(agent)) {
            throw new IllegalArgumentException("actions[" + agent + "] = " + action + " fires, which is masked out: "
                    + "ammo " + ammo[agent] + ", cooldown " + cooldown[agent]);
        }
    }

    private void turnAndMove(int i, int action) {
        double h = wrap(heading[i] + turn[actions.turn(action)]);
        heading[i] = h;
        double c = Math.cos(h);
        double s = Math.sin(h);
        cosHeading[i] = c;
        sinHeading[i] = s;
        int move = actions.move(action) - ShooterActions.MOVE_NONE;
        int strafe = actions.strafe(action) - ShooterActions.STRAFE_NONE;
        if (move == 0 && strafe == 0) {
            return;
        }
        // forward = (c, s); right = (s, -c)
        double dx = move * speed * c + strafe * strafeSpeed * s;
        double dy = move * speed * s - strafe * strafeSpeed * c;
        if (free(x[i] + dx, y[i] + dy)) {
            x[i] += dx;
            y[i] += dy;
        } else if (free(x[i] + dx, y[i])) {
            x[i] += dx;
        } else if (free(x[i], y[i] + dy)) {
            y[i] += dy;
        }
    }

    /** The enemy a shot from player i in direction (c, s) hits, or -1. */
    private int shoot(int i, double c, double s) {
        double nearest = range;
        int target = -1;
        for (int j = 0; j < n; j++) {
            if (j == i || !alive[j] || team[j] == team[i]) {
                continue;
            }
            double t = rayCircle(x[i], y[i], c, s, x[j], y[j], radius);
            if (t >= 0 && t <= nearest) {
                nearest = t;
                target = j;
            }
        }
        if (target >= 0 && wallDistance(x[i], y[i], c, s, nearest) < nearest) {
            return -1;
        }
        return target;
    }

    private void hit(int shooter, int target) {
        int dealt = Math.min(damage, health[target]);
        health[target] -= dealt;
        hurt[target] += dealt;
        lastAttacker[target] = shooter;
        teamDamage[team[shooter]] += dealt;
        lastRewards[shooter] += damageReward * dealt;
        if (health[target] == 0) {
            frags[shooter]++;
            teamFrags[team[shooter]]++;
            deaths[target]++;
            lastRewards[shooter] += fragReward;
            lastRewards[target] += deathReward;
        }
    }

    private void collect(int i) {
        double reach2 = reach * reach;
        for (int k = 0; k < pickupCount; k++) {
            if (!pickupAvailable[k]) {
                continue;
            }
            double dx = pickupX[k] - x[i];
            double dy = pickupY[k] - y[i];
            if (dx * dx + dy * dy > reach2) {
                continue;
            }
            if (pickupHealth[k] && health[i] < maxHealth) {
                health[i] = Math.min(maxHealth, health[i] + pickupAmount[k]);
            } else if (!pickupHealth[k] && ammo[i] < capacity) {
                ammo[i] = Math.min(capacity, ammo[i] + pickupAmount[k]);
            } else {
                continue;
            }
            pickupAvailable[k] = false;
            pickupTimer[k] = pickupRespawn[k];
        }
    }

    /** Places player i at a spawn point of its team drawn from the episode stream; at reset, unused ones first. */
    private void spawn(int i, boolean initial) {
        int eligible = 0;
        int unused = 0;
        for (int p = 0; p < spawnCount; p++) {
            if (spawnTeam[p] < 0 || spawnTeam[p] == team[i]) {
                eligible++;
                unused += spawnUsed[p] ? 0 : 1;
            }
        }
        boolean onlyUnused = initial && unused > 0;
        int choice = random.nextInt(onlyUnused ? unused : eligible);
        int point = -1;
        for (int p = 0; p < spawnCount && point < 0; p++) {
            if ((spawnTeam[p] < 0 || spawnTeam[p] == team[i]) && !(onlyUnused && spawnUsed[p]) && choice-- == 0) {
                point = p;
            }
        }
        spawnUsed[point] = true;
        x[i] = spawnX[point];
        y[i] = spawnY[point];
        double dx = width / 2 - x[i];
        double dy = height / 2 - y[i];
        heading[i] = dx == 0 && dy == 0 ? 0 : Math.atan2(dy, dx);
        cosHeading[i] = Math.cos(heading[i]);
        sinHeading[i] = Math.sin(heading[i]);
        health[i] = maxHealth;
        ammo[i] = spawnAmmo;
        cooldown[i] = 0;
        alive[i] = true;
        respawnTimer[i] = 0;
        lastAttacker[i] = -1;
    }

    @Override
    public void observe(float[] observations, int observationOffset, float[] state, int stateOffset, boolean[] masks,
            int maskOffset) {
        for (int i = 0; i < n; i++) {
            observeAgent(i, observations, observationOffset + i * observationSize);
            writeMask(i, masks, maskOffset + i * actionCount);
        }
        writeState(state, stateOffset);
    }

    private void observeAgent(int i, float[] out, int base) {
        Arrays.fill(out, base, base + observationSize, 0f);
        int m = base + rayCount * ShooterSpec.RAY_FEATURES;
        if (!alive[i]) {
            out[m + DEAD] = 1f;
            return;
        }
        double c = cosHeading[i];
        double s = sinHeading[i];
        for (int r = 0; r < rayCount; r++) {
            cast(i, c * rayCos[r] - s * raySin[r], s * rayCos[r] + c * raySin[r]);
            int ray = base + r * ShooterSpec.RAY_FEATURES;
            out[ray] = (float) (hitDistance / rayMax);
            out[ray + 1 + hitKind] = 1f;
        }
        out[m + HEALTH] = (float) health[i] / maxHealth;
        out[m + AMMO] = (float) ammo[i] / capacity;
        out[m + FIRE_READY] = canFire(i) ? 1f : 0f;
        out[m + COOLDOWN] = (float) cooldown[i] / cooldownSteps;
        out[m + TIME_LEFT] = (float) (matchLength - steps) / matchLength;
        int best = Integer.MIN_VALUE;
        for (int t = 0; t < teams; t++) {
            if (t != team[i]) {
                best = Math.max(best, teamFrags[t]);
            }
        }
        out[m + LEAD] = Math.max(-1f, Math.min(1f, (teamFrags[team[i]] - best) / 10f));
        out[m + HURT] = Math.min(1f, (float) hurt[i] / maxHealth);
        out[m + X] = (float) (x[i] / width);
        out[m + Y] = (float) (y[i] / height);
        out[m + SIN_HEADING] = (float) s;
        out[m + COS_HEADING] = (float) c;
        if (pixelSize > 0) {
            drawPixels(i, out, m + ShooterSpec.MEASUREMENTS);
        }
    }

    /** The egocentric grid [5, G, G] of player i at {@code base}, already zeroed. */
    private void drawPixels(int i, float[] out, int base) {
        int g = pixelSize;
        int half = g / 2;
        int plane = g * g;
        double c = cosHeading[i];
        double s = sinHeading[i];
        for (int row = 0; row < g; row++) {
            double ahead = (half - row) * pixelCell;
            for (int column = 0; column < g; column++) {
                double right = (column - half) * pixelCell;
                if (blocked(x[i] + ahead * c + right * s, y[i] + ahead * s - right * c)) {
                    out[base + PIXEL_WALL * plane + row * g + column] = 1f;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (j != i && alive[j]) {
                draw(i, x[j], y[j], team[j] == team[i] ? PIXEL_TEAMMATE : PIXEL_ENEMY, out, base);
            }
        }
        for (int k = 0; k < pickupCount; k++) {
            if (pickupAvailable[k]) {
                draw(i, pickupX[k], pickupY[k], pickupHealth[k] ? PIXEL_HEALTH : PIXEL_AMMO, out, base);
            }
        }
    }

    private void draw(int i, double px, double py, int channel, float[] out, int base) {
        double dx = px - x[i];
        double dy = py - y[i];
        double ahead = dx * cosHeading[i] + dy * sinHeading[i];
        double right = dx * sinHeading[i] - dy * cosHeading[i];
        int half = pixelSize / 2;
        long row = half - Math.round(ahead / pixelCell);
        long column = half + Math.round(right / pixelCell);
        if (row >= 0 && row < pixelSize && column >= 0 && column < pixelSize && clearLine(x[i], y[i], px, py)) {
            out[base + channel * pixelSize * pixelSize + (int) row * pixelSize + (int) column] = 1f;
        }
    }

    private void writeMask(int i, boolean[] masks, int base) {
        if (!alive[i]) {
            Arrays.fill(masks, base, base + actionCount, false);
            masks[base + noop] = true;
            return;
        }
        Arrays.fill(masks, base, base + actionCount, true);
        if (!canFire(i)) {
            for (int a = ShooterActions.FIRE_YES; a < actionCount; a += ShooterActions.FIRES) {
                masks[base + a] = false;
            }
        }
    }

    private void writeState(float[] state, int base) {
        for (int i = 0; i < n; i++) {
            int p = base + i * ShooterSpec.PLAYER_STATE;
            state[p] = (float) (x[i] / width);
            state[p + 1] = (float) (y[i] / height);
            state[p + 2] = (float) sinHeading[i];
            state[p + 3] = (float) cosHeading[i];
            state[p + 4] = (float) health[i] / maxHealth;
            state[p + 5] = (float) ammo[i] / capacity;
            state[p + 6] = (float) cooldown[i] / cooldownSteps;
            state[p + 7] = alive[i] ? 1f : 0f;
            state[p + 8] = (float) respawnTimer[i] / respawnDelay;
            state[p + 9] = frags[i] * 0.1f;
            state[p + 10] = deaths[i] * 0.1f;
        }
        for (int k = 0; k < pickupCount; k++) {
            int p = base + n * ShooterSpec.PLAYER_STATE + k * ShooterSpec.PICKUP_STATE;
            state[p] = pickupAvailable[k] ? 1f : 0f;
            state[p + 1] = (float) pickupTimer[k] / pickupRespawn[k];
        }
        state[base + stateSize - 1] = (float) (matchLength - steps) / matchLength;
    }

    @Override
    public void rewards(float[] rewards, int offset) {
        System.arraycopy(lastRewards, 0, rewards, offset, n);
    }

    @Override
    public boolean terminated() {
        return false;
    }

    @Override
    public boolean truncated() {
        return over;
    }

    @Override
    public EpisodeOutcome outcome() {
        if (!over) {
            throw new IllegalStateException("episode is not over");
        }
        float[] scores = new float[teams];
        int winner = EpisodeOutcome.DRAW;
        int most = -1;
        for (int t = 0; t < teams; t++) {
            scores[t] = teamFrags[t];
            if (teamFrags[t] > most) {
                most = teamFrags[t];
                winner = t;
            } else if (teamFrags[t] == most) {
                winner = EpisodeOutcome.DRAW;
            }
        }
        return new EpisodeOutcome(scores, winner, steps, teamFrags.clone(), teamDamage.clone());
    }

    @Override
    public List<String> scriptedOpponents() {
        return List.of(RANDOM, EASY, MEDIUM, HARD);
    }

    @Override
    public ScriptedOpponent scriptedOpponent(String name) {
        return switch (name) {
            case RANDOM -> new ShooterBot(this, null, ShooterBot.RANDOM_SKILL);
            case EASY -> new ShooterBot(this, navigation(), ShooterBot.EASY_SKILL);
            case MEDIUM -> new ShooterBot(this, navigation(), ShooterBot.MEDIUM_SKILL);
            case HARD -> new ShooterBot(this, navigation(), ShooterBot.HARD_SKILL);
            default -> Simulation.super.scriptedOpponent(name);
        };
    }

    private Navigation navigation() {
        if (navigation == null) {
            navigation = new Navigation(this);
        }
        return navigation;
    }

    // ---- geometry, read by ShooterBot and Navigation ----

    boolean canFire(int i) {
        return alive[i] && ammo[i] > 0 && cooldown[i] == 0;
    }

    /** Where player j was {@code lag} steps ago (0 = now), lag < {@link #HISTORY}. */
    double pastX(int j, int lag) {
        return historyX[Math.floorMod(steps - lag, HISTORY) * n + j];
    }

    double pastY(int j, int lag) {
        return historyY[Math.floorMod(steps - lag, HISTORY) * n + j];
    }

    /** Whether a player's disc fits at (px, py): inside the border and overlapping no wall. */
    boolean free(double px, double py) {
        if (!(px >= radius && py >= radius && px <= width - radius && py <= height - radius)) {
            return false;
        }
        double r2 = radius * radius;
        for (int w = 0; w < wallCount; w++) {
            double dx = px - Math.max(wallX0[w], Math.min(px, wallX1[w]));
            double dy = py - Math.max(wallY0[w], Math.min(py, wallY1[w]));
            if (dx * dx + dy * dy < r2) {
                return false;
            }
        }
        return true;
    }

    /** Whether the point (px, py) is outside the arena or inside a wall. */
    boolean blocked(double px, double py) {
        if (!(px >= 0 && py >= 0 && px <= width && py <= height)) {
            return true;
        }
        for (int w = 0; w < wallCount; w++) {
            if (px >= wallX0[w] && px <= wallX1[w] && py >= wallY0[w] && py <= wallY1[w]) {
                return true;
            }
        }
        return false;
    }

    /** Whether no wall crosses the segment between two points inside the arena. */
    boolean clearLine(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) {
            return true;
        }
        return wallDistance(x0, y0, dx / length, dy / length, length) >= length;
    }

    /** Distance along the unit direction (c, s) to the first wall, or {@code limit} if none is nearer. */
    private double wallDistance(double ox, double oy, double c, double s, double limit) {
        double nearest = limit;
        double inverseC = 1 / c;
        double inverseS = 1 / s;
        for (int w = 0; w < wallCount; w++) {
            double t = rayBox(ox, oy, inverseC, inverseS, w);
            if (t >= 0 && t < nearest) {
                nearest = t;
            }
        }
        return nearest;
    }

    /** Traces a view ray of player i along (c, s): sets {@link #hitDistance} and {@link #hitKind}. */
    private void cast(int i, double c, double s) {
        double ox = x[i];
        double oy = y[i];
        double nearest = rayMax;
        int kind = NOTHING;
        double border = Math.min(c > 0 ? (width - ox) / c : c < 0 ? -ox / c : Double.POSITIVE_INFINITY,
                s > 0 ? (height - oy) / s : s < 0 ? -oy / s : Double.POSITIVE_INFINITY);
        if (border < nearest) {
            nearest = border;
            kind = WALL;
        }
        double wall = wallDistance(ox, oy, c, s, nearest);
        if (wall < nearest) {
            nearest = wall;
            kind = WALL;
        }
        for (int j = 0; j < n; j++) {
            if (j != i && alive[j]) {
                double t = rayCircle(ox, oy, c, s, x[j], y[j], radius);
                if (t >= 0 && t < nearest) {
                    nearest = t;
                    kind = team[j] == team[i] ? TEAMMATE : ENEMY;
                }
            }
        }
        for (int k = 0; k < pickupCount; k++) {
            if (pickupAvailable[k]) {
                double t = rayCircle(ox, oy, c, s, pickupX[k], pickupY[k], reach);
                if (t >= 0 && t < nearest) {
                    nearest = t;
                    kind = pickupHealth[k] ? HEALTH_PICKUP : AMMO_PICKUP;
                }
            }
        }
        hitDistance = nearest;
        hitKind = kind;
    }

    /** Distance along the unit direction (c, s) from (ox, oy) to a disc, 0 if inside it, -1 if missed. */
    static double rayCircle(double ox, double oy, double c, double s, double cx, double cy, double r) {
        double dx = cx - ox;
        double dy = cy - oy;
        double distance2 = dx * dx + dy * dy;
        double r2 = r * r;
        if (distance2 <= r2) {
            return 0;
        }
        double along = dx * c + dy * s;
        if (along < 0) {
            return -1;
        }
        double across2 = distance2 - along * along;
        if (across2 > r2) {
            return -1;
        }
        return along - Math.sqrt(r2 - across2);
    }

    /** Slab test: distance along a ray (given as inverse direction) to wall w, 0 if inside, -1 if missed. */
    private double rayBox(double ox, double oy, double inverseC, double inverseS, int w) {
        double near = 0;
        double far = Double.POSITIVE_INFINITY;
        if (Double.isInfinite(inverseC)) {
            if (ox < wallX0[w] || ox > wallX1[w]) {
                return -1;
            }
        } else {
            double t1 = (wallX0[w] - ox) * inverseC;
            double t2 = (wallX1[w] - ox) * inverseC;
            near = Math.max(near, Math.min(t1, t2));
            far = Math.min(far, Math.max(t1, t2));
        }
        if (Double.isInfinite(inverseS)) {
            if (oy < wallY0[w] || oy > wallY1[w]) {
                return -1;
            }
        } else {
            double t1 = (wallY0[w] - oy) * inverseS;
            double t2 = (wallY1[w] - oy) * inverseS;
            near = Math.max(near, Math.min(t1, t2));
            far = Math.min(far, Math.max(t1, t2));
        }
        return near <= far ? near : -1;
    }

    /** An angle in (-pi, pi]. */
    static double wrap(double angle) {
        double a = angle;
        while (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        while (a <= -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }
}
