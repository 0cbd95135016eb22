package dev.league.scenarios.smac;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScriptedOpponent;
import dev.league.scenarios.Simulation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The SMAC-like simulator: continuous 2-D positions, SMAC's orders (stop, move, attack, heal)
 * executed over {@link SmacSpec#ticksPerStep()} ticks per agent step. Per tick: movement, then
 * every ready attacker fires at once (so neither team gains from update order), then hits are
 * applied (shields first, armor per hit on health), deaths, cooldowns and regeneration.
 *
 * <p>Mechanics: health, regenerating shields, armor, damage with a bonus against an attribute,
 * multi-hit attacks, attack cooldown with SC2's random delay per attack, attack range measured between unit edges (melee 0.1), sight
 * range, movement speed, medivac healing from energy, baneling splash (kamikaze), health
 * regeneration, unit death. No collision between units (SMAClite resolves it with ORCA; here units
 * may overlap) and no terrain: the map is an open rectangle.
 *
 * <p>All state is in preallocated per-unit arrays; {@link #step}, {@link #observe} and
 * {@link #rewards} allocate nothing.
 */
final class Smac implements Simulation {

    static final int NO_OP = 0;
    static final int STOP = 1;
    static final int NORTH = 2;
    static final int SOUTH = 3;
    static final int EAST = 4;
    static final int WEST = 5;
    static final int FIRST_TARGET = 6;

    private static final int ORDER_STOP = 0;
    private static final int ORDER_MOVE = 1;
    private static final int ORDER_ATTACK = 2;
    private static final int ORDER_HEAL = 3;
    private static final double REWARD_DEATH = 10;
    private static final double REWARD_WIN = 200;
    private static final double NEGATIVE_SCALE = 0.5;
    private static final double[] DIRECTION_X = {0, 0, 1, -1};
    private static final double[] DIRECTION_Y = {1, -1, 0, 0};

    private final SmacSpec map;
    private final EnvironmentSpec spec;
    private final SmacLayout layout;
    private final int n;
    private final int a;
    private final double dt;
    private final double delayMin;
    private final double delayMax;

    // per-unit constants (index = agent)
    private final int[] team;
    private final int[] firstOfTeam = new int[2];
    private final int[] typeIndex;
    private final double[] maxHealth;
    private final double[] maxShield;
    private final double[] armor;
    private final double[] damage;
    private final int[] attacks;
    private final double[] bonusDamage;
    private final int[] bonusMask;
    private final int[] attributeMask;
    private final double[] cooldownMax;
    private final double[] range;
    private final double[] speed;
    private final double[] radius;
    private final double[] healthRegen;
    private final double[] healRate;
    private final double[] maxEnergy;
    private final double[] startEnergy;
    private final double[] energyRegen;
    private final double[] healPerEnergy;
    private final double[] splashRadius;
    private final boolean[] kamikaze;
    private final double[] spawnX;
    private final double[] spawnY;
    /** SMAC's max_reward per team: enemies x 10 + 200 + enemies' total health and shields. */
    private final double[] maxReward = new double[2];

    // per-unit state
    private final double[] x;
    private final double[] y;
    private final double[] health;
    private final double[] shield;
    private final double[] energy;
    private final double[] cooldown;
    private final double[] lastDamaged;
    private final boolean[] alive;
    private final int[] order;
    private final double[] orderX;
    private final double[] orderY;
    private final int[] orderTarget;
    private final int[] lastAction;
    private final double[] previousHealthShield;
    private final boolean[] aliveAtStepStart;
    private final boolean[] exploded;

    // hits of one tick
    private final int[] hitTarget;
    private final int[] hitSource;
    private final double[] hitAmount;
    private int hits;

    // episode
    private final float[] teamReward = new float[2];
    private final int[] kills = new int[2];
    private final float[] damageDealt = new float[2];
    private double time;
    private int steps;
    private boolean terminated;
    private boolean truncated;
    private int winner;
    private SplittableRandom random = new SplittableRandom(0);

    Smac(SmacSpec map, EnvironmentSpec spec) {
        this.map = map;
        this.spec = spec;
        this.layout = map.layout();
        this.n = layout.agents;
        this.a = layout.actions;
        this.dt = map.stepSeconds() / map.ticksPerStep();
        this.delayMin = map.attackDelay().get(0);
        this.delayMax = map.attackDelay().get(1);
        team = new int[n];
        typeIndex = new int[n];
        maxHealth = new double[n];
        maxShield = new double[n];
        armor = new double[n];
        damage = new double[n];
        attacks = new int[n];
        bonusDamage = new double[n];
        bonusMask = new int[n];
        attributeMask = new int[n];
        cooldownMax = new double[n];
        range = new double[n];
        speed = new double[n];
        radius = new double[n];
        healthRegen = new double[n];
        healRate = new double[n];
        maxEnergy = new double[n];
        startEnergy = new double[n];
        energyRegen = new double[n];
        healPerEnergy = new double[n];
        splashRadius = new double[n];
        kamikaze = new boolean[n];
        spawnX = new double[n];
        spawnY = new double[n];
        x = new double[n];
        y = new double[n];
        health = new double[n];
        shield = new double[n];
        energy = new double[n];
        cooldown = new double[n];
        lastDamaged = new double[n];
        alive = new boolean[n];
        order = new int[n];
        orderX = new double[n];
        orderY = new double[n];
        orderTarget = new int[n];
        lastAction = new int[n];
        previousHealthShield = new double[n];
        aliveAtStepStart = new boolean[n];
        exploded = new boolean[n];
        int capacity = n * (8 + n);
        hitTarget = new int[capacity];
        hitSource = new int[capacity];
        hitAmount = new double[capacity];

        List<String> attributes = List.of("light", "armored", "biological", "mechanical", "massive");
        int unit = 0;
        for (int side = 0; side < 2; side++) {
            SmacTeamSpec teamSpec = side == 0 ? map.allies() : map.enemies();
            firstOfTeam[side] = unit;
            int size = teamSpec.size();
            int columns = (int) Math.ceil(Math.sqrt(size));
            double spacing = 0;
            for (String type : teamSpec.units().keySet()) {
                spacing = Math.max(spacing, 2 * map.unitTypes().get(type).radius() + 0.3);
            }
            int slot = 0;
            for (Map.Entry<String, Integer> group : teamSpec.units().entrySet()) {
                UnitStats stats = map.unitTypes().get(group.getKey());
                for (int k = 0; k < group.getValue(); k++, unit++, slot++) {
                    team[unit] = side;
                    typeIndex[unit] = layout.types.indexOf(group.getKey());
                    maxHealth[unit] = stats.health();
                    maxShield[unit] = stats.shield();
                    armor[unit] = stats.armor();
                    damage[unit] = stats.damage();
                    attacks[unit] = stats.attacks();
                    bonusDamage[unit] = stats.bonusDamage();
                    bonusMask[unit] = stats.bonusAgainst() == null ? 0 : 1 << attributes.indexOf(stats.bonusAgainst());
                    for (String attribute : stats.attributes()) {
                        attributeMask[unit] |= 1 << attributes.indexOf(attribute);
                    }
                    cooldownMax[unit] = stats.cooldown();
                    range[unit] = stats.range();
                    speed[unit] = stats.speed();
                    radius[unit] = stats.radius();
                    healthRegen[unit] = stats.healthRegen();
                    healRate[unit] = stats.healRate();
                    maxEnergy[unit] = stats.energy();
                    startEnergy[unit] = stats.startEnergy();
                    energyRegen[unit] = stats.energyRegen();
                    healPerEnergy[unit] = stats.healPerEnergy();
                    splashRadius[unit] = stats.splashRadius();
                    kamikaze[unit] = stats.kamikaze();
                    int row = slot / columns;
                    int column = slot % columns;
                    int rows = (size + columns - 1) / columns;
                    // team 0 faces east, team 1 west: columns run along y, rows along x
                    double facing = side == 0 ? -1 : 1;
                    spawnX[unit] = teamSpec.position().get(0) + facing * (row - (rows - 1) / 2.0) * spacing;
                    spawnY[unit] = teamSpec.position().get(1) + (column - (columns - 1) / 2.0) * spacing;
                }
            }
        }
        for (int side = 0; side < 2; side++) {
            double total = 0;
            int enemies = 0;
            for (int u = 0; u < n; u++) {
                if (team[u] != side) {
                    total += maxHealth[u] + maxShield[u];
                    enemies++;
                }
            }
            maxReward[side] = enemies * REWARD_DEATH + REWARD_WIN + total;
        }
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public void reset(long seed) {
        random = new SplittableRandom(seed);
        for (int u = 0; u < n; u++) {
            // small seeded jitter, so that mirror matches are not decided by symmetry alone
            x[u] = clamp(spawnX[u] + (random.nextDouble() - 0.5) * 0.5, map.width());
            y[u] = clamp(spawnY[u] + (random.nextDouble() - 0.5) * 0.5, map.height());
            health[u] = maxHealth[u];
            shield[u] = maxShield[u];
            energy[u] = startEnergy[u];
            cooldown[u] = random.nextDouble() * 0.1;
            lastDamaged[u] = -1e9;
            alive[u] = true;
            order[u] = ORDER_STOP;
            orderTarget[u] = -1;
            lastAction[u] = STOP;
        }
        Arrays.fill(teamReward, 0f);
        Arrays.fill(kills, 0);
        Arrays.fill(damageDealt, 0f);
        time = 0;
        steps = 0;
        terminated = false;
        truncated = false;
        winner = EpisodeOutcome.DRAW;
    }

    @Override
    public void step(int[] actions, int offset) {
        if (terminated || truncated) {
            throw new IllegalStateException("episode is over: call reset(seed) before step()");
        }
        for (int u = 0; u < n; u++) {
            int action = actions[offset + u];
            if (action < 0 || action >= a || !available(u, action)) {
                throw new IllegalArgumentException("agent " + u + ": action " + action + " is not available");
            }
        }
        for (int u = 0; u < n; u++) {
            issue(u, actions[offset + u]);
            previousHealthShield[u] = health[u] + shield[u];
            aliveAtStepStart[u] = alive[u];
        }
        for (int tick = 0; tick < map.ticksPerStep(); tick++) {
            tick();
        }
        steps++;
        boolean team0 = false;
        boolean team1 = false;
        for (int u = 0; u < n; u++) {
            if (alive[u]) {
                team0 |= team[u] == 0;
                team1 |= team[u] == 1;
            }
        }
        if (!team0 || !team1) {
            terminated = true;
            winner = team0 ? 0 : team1 ? 1 : EpisodeOutcome.DRAW;
        } else if (steps >= map.episodeLimit()) {
            truncated = true;
        }
        computeRewards();
    }

    private void issue(int u, int action) {
        lastAction[u] = action;
        if (!alive[u]) {
            return;
        }
        switch (action) {
            case STOP -> {
                order[u] = ORDER_STOP;
                orderTarget[u] = -1;
            }
            case NORTH, SOUTH, EAST, WEST -> {
                order[u] = ORDER_MOVE;
                orderX[u] = x[u] + DIRECTION_X[action - NORTH] * map.moveAmount();
                orderY[u] = y[u] + DIRECTION_Y[action - NORTH] * map.moveAmount();
                orderTarget[u] = -1;
            }
            default -> {
                order[u] = healer(u) ? ORDER_HEAL : ORDER_ATTACK;
                orderTarget[u] = targetUnit(u, action - FIRST_TARGET);
            }
        }
    }

    private void tick() {
        time += dt;
        for (int u = 0; u < n; u++) {
            if (!alive[u]) {
                continue;
            }
            switch (order[u]) {
                case ORDER_MOVE -> {
                    if (moveToward(u, orderX[u], orderY[u], speed[u] * dt)) {
                        order[u] = ORDER_STOP;
                    }
                }
                case ORDER_ATTACK, ORDER_HEAL -> {
                    int target = orderTarget[u];
                    if (!alive[target]) {
                        order[u] = ORDER_STOP;
                    } else {
                        double gap = edgeDistance(u, target) - range[u];
                        if (gap > 0) {
                            moveToward(u, x[target], y[target], Math.min(speed[u] * dt, gap + 1e-6));
                        }
                    }
                }
                default -> { }
            }
        }
        hits = 0;
        for (int u = 0; u < n; u++) {
            if (!alive[u] || order[u] == ORDER_STOP || order[u] == ORDER_MOVE) {
                continue;
            }
            int target = orderTarget[u];
            if (!alive[target] || edgeDistance(u, target) > range[u] + 1e-6) {
                continue;
            }
            if (order[u] == ORDER_HEAL) {
                heal(u, target);
            } else if (cooldown[u] <= 0) {
                attack(u, target);
                cooldown[u] = Math.max(0, cooldownMax[u] + delayMin + (delayMax - delayMin) * random.nextDouble());
            }
        }
        for (int h = 0; h < hits; h++) {
            applyHit(hitSource[h], hitTarget[h], hitAmount[h]);
        }
        for (int u = 0; u < n; u++) {
            if (alive[u] && (health[u] <= 0 || exploded[u])) {
                alive[u] = false;
                health[u] = 0;
                shield[u] = 0;
                if (!exploded[u]) {
                    kills[1 - team[u]]++;
                }
                exploded[u] = false;
            }
        }
        for (int u = 0; u < n; u++) {
            if (!alive[u]) {
                continue;
            }
            cooldown[u] = Math.max(0, cooldown[u] - dt);
            if (maxShield[u] > 0 && time - lastDamaged[u] >= map.shieldRegenDelay()) {
                shield[u] = Math.min(maxShield[u], shield[u] + map.shieldRegen() * dt);
            }
            if (healthRegen[u] > 0) {
                health[u] = Math.min(maxHealth[u], health[u] + healthRegen[u] * dt);
            }
            if (maxEnergy[u] > 0) {
                energy[u] = Math.min(maxEnergy[u], energy[u] + energyRegen[u] * dt);
            }
        }
    }

    private void attack(int u, int target) {
        if (kamikaze[u]) {
            for (int v = 0; v < n; v++) {
                if (alive[v] && team[v] != team[u] && distance(u, v) <= splashRadius[u] + radius[v]) {
                    addHit(u, v, damage[u] + bonusAgainst(u, v));
                }
            }
            exploded[u] = true;
            return;
        }
        double amount = damage[u] + bonusAgainst(u, target);
        for (int k = 0; k < attacks[u]; k++) {
            addHit(u, target, amount);
        }
    }

    private void heal(int u, int target) {
        double missing = maxHealth[target] - health[target];
        if (missing <= 0 || energy[u] <= 0) {
            return;
        }
        double amount = Math.min(Math.min(healRate[u] * dt, missing), energy[u] * healPerEnergy[u]);
        health[target] += amount;
        energy[u] -= amount / healPerEnergy[u];
    }

    private double bonusAgainst(int u, int target) {
        return (attributeMask[target] & bonusMask[u]) != 0 ? bonusDamage[u] : 0;
    }

    private void addHit(int source, int target, double amount) {
        hitSource[hits] = source;
        hitTarget[hits] = target;
        hitAmount[hits] = amount;
        hits++;
    }

    /** Shields absorb first (no armor); the rest hits health reduced by armor, at least 0.5. */
    private void applyHit(int source, int target, double amount) {
        if (health[target] <= 0) {
            return;
        }
        double before = health[target] + shield[target];
        double absorbed = Math.min(shield[target], amount);
        shield[target] -= absorbed;
        double rest = amount - absorbed;
        if (rest > 0) {
            health[target] -= Math.max(0.5, rest - armor[target]);
        }
        lastDamaged[target] = time;
        damageDealt[team[source]] += (float) (before - Math.max(0, health[target]) - shield[target]);
    }

    private void computeRewards() {
        for (int side = 0; side < 2; side++) {
            if (SmacSpec.SPARSE.equals(map.reward())) {
                teamReward[side] = terminated || truncated ? (winner == side ? 1f : winner == 1 - side ? -1f : 0f) : 0f;
                continue;
            }
            double enemy = 0;
            double ally = 0;
            for (int u = 0; u < n; u++) {
                if (!aliveAtStepStart[u]) {
                    continue;
                }
                double lost = alive[u] ? previousHealthShield[u] - health[u] - shield[u] : previousHealthShield[u] + REWARD_DEATH;
                if (team[u] == side) {
                    ally += lost;
                } else {
                    enemy += lost;
                }
            }
            double reward = map.rewardOnlyPositive() ? Math.abs(enemy) : enemy - NEGATIVE_SCALE * ally;
            if (terminated && winner == side) {
                reward += REWARD_WIN;
            }
            teamReward[side] = (float) (reward / (maxReward[side] / 20.0));
        }
    }

    @Override
    public void observe(float[] observations, int observationOffset, float[] state, int stateOffset, boolean[] masks,
            int maskOffset) {
        int d = layout.observationSize;
        for (int u = 0; u < n; u++) {
            int base = observationOffset + u * d;
            Arrays.fill(observations, base, base + d, 0f);
            if (alive[u]) {
                observeAgent(u, observations, base);
            }
            for (int action = 0; action < a; action++) {
                masks[maskOffset + u * a + action] = available(u, action);
            }
        }
        writeState(state, stateOffset);
    }

    private void observeAgent(int u, float[] out, int at) {
        int side = team[u];
        double sight = map.sightRange();
        for (int direction = 0; direction < 4; direction++) {
            out[at++] = canMove(u, direction) ? 1f : 0f;
        }
        int enemies = layout.teamSizes[1 - side];
        int enemyFeatures = layout.enemyFeatures(side);
        for (int j = 0; j < enemies; j++, at += enemyFeatures) {
            int v = firstOfTeam[1 - side] + j;
            double distance = distance(u, v);
            if (!alive[v] || distance >= sight) {
                continue;
            }
            int k = at;
            out[k++] = !healer(u) && distance < map.shootRange() ? 1f : 0f;
            k = unitFeatures(u, v, distance, sight, layout.shieldBits[1 - side], out, k);
        }
        int allyFeatures = layout.allyFeatures(side);
        for (int j = 0; j < layout.teamSizes[side]; j++) {
            int v = firstOfTeam[side] + j;
            if (v == u) {
                continue;
            }
            double distance = distance(u, v);
            if (alive[v] && distance < sight) {
                out[at] = 1f;
                unitFeatures(u, v, distance, sight, layout.shieldBits[side], out, at + 1);
            }
            at += allyFeatures;
        }
        out[at++] = (float) (health[u] / maxHealth[u]);
        if (layout.shieldBits[side] == 1) {
            out[at++] = maxShield[u] > 0 ? (float) (shield[u] / maxShield[u]) : 0f;
        }
        if (layout.typeBits > 0) {
            out[at + typeIndex[u]] = 1f;
        }
    }

    /** [dist, dx, dy, health, (shield), type one-hot] of unit v seen from u; returns the next index. */
    private int unitFeatures(int u, int v, double distance, double sight, int shieldBit, float[] out, int k) {
        out[k++] = (float) (distance / sight);
        out[k++] = (float) ((x[v] - x[u]) / sight);
        out[k++] = (float) ((y[v] - y[u]) / sight);
        out[k++] = (float) (health[v] / maxHealth[v]);
        if (shieldBit == 1) {
            out[k++] = maxShield[v] > 0 ? (float) (shield[v] / maxShield[v]) : 0f;
        }
        if (layout.typeBits > 0) {
            out[k + typeIndex[v]] = 1f;
            k += layout.typeBits;
        }
        return k;
    }

    private void writeState(float[] state, int at) {
        double centreX = map.width() / 2;
        double centreY = map.height() / 2;
        int end = at + layout.stateSize;
        Arrays.fill(state, at, end, 0f);
        for (int u = 0; u < n; u++) {
            int side = team[u];
            if (alive[u]) {
                state[at] = (float) (health[u] / maxHealth[u]);
                int k = at + 1;
                if (side == 0) {
                    state[k++] = maxEnergy[u] > 0 ? (float) (energy[u] / maxEnergy[u]) : (float) (cooldown[u] / cooldownMax[u]);
                }
                state[k++] = (float) ((x[u] - centreX) / centreX);
                state[k++] = (float) ((y[u] - centreY) / centreY);
                if (layout.shieldBits[side] == 1) {
                    state[k++] = maxShield[u] > 0 ? (float) (shield[u] / maxShield[u]) : 0f;
                }
                if (layout.typeBits > 0) {
                    state[k + typeIndex[u]] = 1f;
                }
            }
            at += (side == 0 ? 4 : 3) + layout.shieldBits[side] + layout.typeBits;
        }
        for (int u = 0; u < n; u++) {
            state[at + u * a + lastAction[u]] = 1f;
        }
    }

    @Override
    public void rewards(float[] rewards, int offset) {
        for (int u = 0; u < n; u++) {
            rewards[offset + u] = teamReward[team[u]];
        }
    }

    @Override
    public boolean terminated() {
        return terminated;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    @Override
    public EpisodeOutcome outcome() {
        if (!terminated && !truncated) {
            throw new IllegalStateException("episode is not over");
        }
        return new EpisodeOutcome(new float[] {kills[0], kills[1]}, winner, steps, kills.clone(), damageDealt.clone());
    }

    @Override
    public List<String> scriptedOpponents() {
        return SmacScripted.LEVELS;
    }

    @Override
    public ScriptedOpponent scriptedOpponent(String name) {
        if (!SmacScripted.LEVELS.contains(name)) {
            return Simulation.super.scriptedOpponent(name);
        }
        return new SmacScripted(this, name);
    }

    // ---- test hooks (package-private)

    /** Puts unit u at (px, py) with a stop order. */
    void place(int u, double px, double py) {
        x[u] = px;
        y[u] = py;
        order[u] = ORDER_STOP;
    }

    void setHealth(int u, double value) {
        health[u] = value;
    }

    void setShield(int u, double value) {
        shield[u] = value;
    }

    void setCooldown(int u, double value) {
        cooldown[u] = value;
    }

    // ---- queries used by masks, observations and scripted opponents

    /** Whether {@code action} is available to unit u now (SMAC's get_avail_agent_actions). */
    boolean available(int u, int action) {
        if (!alive[u]) {
            return action == NO_OP;
        }
        if (action == NO_OP) {
            return false;
        }
        if (action == STOP) {
            return true;
        }
        if (action < FIRST_TARGET) {
            return canMove(u, action - NORTH);
        }
        int j = action - FIRST_TARGET;
        int side = team[u];
        if (healer(u)) {
            if (j >= layout.teamSizes[side]) {
                return false;
            }
            int v = firstOfTeam[side] + j;
            return v != u && alive[v] && (attributeMask[v] & 4) != 0 && distance(u, v) < map.shootRange();
        }
        if (j >= layout.teamSizes[1 - side]) {
            return false;
        }
        int v = firstOfTeam[1 - side] + j;
        return alive[v] && distance(u, v) < map.shootRange();
    }

    private boolean canMove(int u, int direction) {
        double nx = x[u] + DIRECTION_X[direction] * map.moveAmount();
        double ny = y[u] + DIRECTION_Y[direction] * map.moveAmount();
        return nx >= 0 && nx <= map.width() && ny >= 0 && ny <= map.height();
    }

    int targetUnit(int u, int j) {
        return healer(u) ? firstOfTeam[team[u]] + j : firstOfTeam[1 - team[u]] + j;
    }

    boolean healer(int u) {
        return healRate[u] > 0;
    }

    int agents() {
        return n;
    }

    int actions() {
        return a;
    }

    int team(int u) {
        return team[u];
    }

    boolean alive(int u) {
        return alive[u];
    }

    double healthAndShield(int u) {
        return health[u] + shield[u];
    }

    double health(int u) {
        return health[u];
    }

    double shield(int u) {
        return shield[u];
    }

    double energy(int u) {
        return energy[u];
    }

    double maxHealth(int u) {
        return maxHealth[u];
    }

    double x(int u) {
        return x[u];
    }

    double y(int u) {
        return y[u];
    }

    int firstOfTeam(int side) {
        return firstOfTeam[side];
    }

    int teamSize(int side) {
        return layout.teamSizes[side];
    }

    double distance(int u, int v) {
        double dx = x[u] - x[v];
        double dy = y[u] - y[v];
        return Math.sqrt(dx * dx + dy * dy);
    }

    private double edgeDistance(int u, int v) {
        return Math.max(0, distance(u, v) - radius[u] - radius[v]);
    }

    /** Moves u toward (tx, ty) by at most {@code step}; true when it arrived. */
    private boolean moveToward(int u, double tx, double ty, double step) {
        double dx = tx - x[u];
        double dy = ty - y[u];
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length <= step || length == 0) {
            x[u] = clamp(tx, map.width());
            y[u] = clamp(ty, map.height());
            return true;
        }
        x[u] = clamp(x[u] + dx / length * step, map.width());
        y[u] = clamp(y[u] + dy / length * step, map.height());
        return false;
    }

    private static double clamp(double value, double size) {
        return Math.max(0, Math.min(size, value));
    }
}
