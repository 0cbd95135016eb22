package dev.league.scenarios.shooter;

import dev.league.scenarios.ScriptedOpponent;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A scripted shooter player, bound to one {@link Shooter} copy, that acts through the same action
 * tuple and masks as a policy (it never fires when firing is masked; dead, it takes the no-op).
 * Call {@link #act} once per step; its memory (targets, goals) resets with each new episode.
 *
 * <p>Behaviour of a skilled bot, each step:
 * <ol>
 *   <li><b>perceive</b>: the nearest living enemy within {@code rays.maxDistance}, inside the
 *       field of view and not behind a wall;
 *   <li><b>react</b>: only once that enemy has been in sight for more than {@code reaction} steps
 *       does the bot engage it, and it aims at where the enemy was {@code reaction} steps ago (so
 *       moving targets are harder for slow bots), plus a uniform aim error of ±{@code aimError};
 *       it turns with the best turn bin and fires when the aim line passes within the target's
 *       body plus {@code fireSlack} (and firing is allowed). A hard bot strafes while fighting and
 *       keeps its distance; an easy one stands;
 *   <li><b>alert</b> (if {@code turnsToAttacker}): hit by an unseen enemy, it turns towards where
 *       the attacker was for a few steps;
 *   <li><b>roam</b>: otherwise it walks to a waypoint (a pickup or a spawn point) along the
 *       {@link Navigation} grid, choosing a new random one when it arrives or gets stuck; if
 *       {@code seeksPickups}, it heads for the nearest available health pickup when below half
 *       health, or ammo pickup when below a third of its capacity.
 * </ol>
 * The {@code random} bot instead draws every component uniformly among the allowed actions.
 *
 * <p>Levels ({@link #EASY_SKILL} ...): {@code easy} reacts after 8 steps, aims within ±12° and fires
 * within 10° of the target, stands still to fight and wanders between waypoints; {@code medium}
 * reacts after 4 steps, ±4°, fires within 3°, strafes, turns to attackers and seeks pickups;
 * {@code hard} reacts after 2 steps, ±1.5°, fires only when on target, strafes, turns to attackers
 * and seeks pickups. In the shipped duel each level wins at least 80% of its games against the one
 * below (see ShooterBotTest).
 */
final class ShooterBot implements ScriptedOpponent {

    /**
     * Skill settings.
     *
     * @param reaction steps an enemy must be in sight before the bot engages, and the age of the
     *     position it aims at, 0..{@link Shooter#HISTORY} - 1
     * @param aimErrorDegrees largest uniform error added to each aim, degrees
     * @param fireSlackDegrees extra angle beyond the target's body at which the bot still fires
     * @param seeksPickups goes for health and ammo when low
     * @param strafes strafes and keeps its distance while fighting
     * @param turnsToAttacker turns towards an unseen attacker when hit
     * @param random ignores everything and draws uniform allowed actions
     */
    record Skill(int reaction, double aimErrorDegrees, double fireSlackDegrees, boolean seeksPickups,
            boolean strafes, boolean turnsToAttacker, boolean random) {}

    static final Skill RANDOM_SKILL = new Skill(0, 0, 0, false, false, false, true);
    static final Skill EASY_SKILL = new Skill(8, 12, 10, false, false, false, false);
    static final Skill MEDIUM_SKILL = new Skill(4, 4, 3, true, true, true, false);
    static final Skill HARD_SKILL = new Skill(2, 1.5, 0, true, true, true, false);

    private static final int ALERT_STEPS = 8;
    private static final int STUCK_STEPS = 4;
    private static final double LOW_HEALTH = 0.5;
    private static final double LOW_AMMO = 1.0 / 3;

    private final Shooter game;
    private final Navigation navigation;
    private final Skill skill;
    private final ShooterActions actions;
    private final double aimError;
    private final double fireSlack;
    private final int lag;

    // per player [N]
    private final int[] target;
    private final int[] seen;
    private final int[] goal;
    private final int[] stuck;
    private final int[] strafe;
    private final int[] alert;
    private final int[] alertTarget;
    private final boolean[] moving;
    private final double[] lastX;
    private final double[] lastY;
    private long episode = -1;

    ShooterBot(Shooter game, Navigation navigation, Skill skill) {
        this.game = game;
        this.navigation = navigation;
        this.skill = skill;
        this.actions = game.actions;
        this.aimError = Math.toRadians(skill.aimErrorDegrees());
        this.fireSlack = Math.toRadians(skill.fireSlackDegrees());
        this.lag = Math.min(skill.reaction(), Shooter.HISTORY - 1);
        int n = game.n;
        this.target = new int[n];
        this.seen = new int[n];
        this.goal = new int[n];
        this.stuck = new int[n];
        this.strafe = new int[n];
        this.alert = new int[n];
        this.alertTarget = new int[n];
        this.moving = new boolean[n];
        this.lastX = new double[n];
        this.lastY = new double[n];
    }

    @Override
    public void act(int team, int[] actions, int offset, RandomGenerator random) {
        if (team < 0 || team >= game.teams) {
            throw new IllegalArgumentException("team must be in 0.." + (game.teams - 1) + ", was " + team);
        }
        if (game.episode != episode) {
            episode = game.episode;
            Arrays.fill(target, -1);
            Arrays.fill(seen, 0);
            Arrays.fill(goal, -1);
            Arrays.fill(stuck, 0);
            Arrays.fill(strafe, 0);
            Arrays.fill(alert, 0);
            Arrays.fill(moving, false);
            System.arraycopy(game.x, 0, lastX, 0, game.n);
            System.arraycopy(game.y, 0, lastY, 0, game.n);
        }
        for (int i = 0; i < game.n; i++) {
            if (game.team[i] == team) {
                actions[offset + i] = skill.random() ? randomAction(i, random) : decide(i, random);
            }
        }
    }

    private int randomAction(int i, RandomGenerator random) {
        if (!game.alive[i]) {
            return game.noop;
        }
        return actions.encode(random.nextInt(ShooterActions.MOVES), random.nextInt(ShooterActions.STRAFES),
                random.nextInt(actions.turns()), game.canFire(i) ? random.nextInt(ShooterActions.FIRES) : 0);
    }

    private int decide(int i, RandomGenerator random) {
        if (!game.alive[i]) {
            target[i] = -1;
            seen[i] = 0;
            goal[i] = -1;
            alert[i] = 0;
            moving[i] = false;
            return game.noop;
        }
        double x = game.x[i];
        double y = game.y[i];
        double dx = x - lastX[i];
        double dy = y - lastY[i];
        stuck[i] = moving[i] && dx * dx + dy * dy < 1e-4 ? stuck[i] + 1 : 0;
        lastX[i] = x;
        lastY[i] = y;

        int enemy = visibleEnemy(i);
        if (enemy != target[i]) {
            target[i] = enemy;
            seen[i] = 0;
        }
        if (enemy >= 0) {
            seen[i]++;
            if (seen[i] > skill.reaction() && game.ammo[i] > 0) {
                alert[i] = 0;
                return engage(i, enemy, random);
            }
        }
        int attacker = game.lastAttacker[i];
        if (skill.turnsToAttacker() && game.hurt[i] > 0 && attacker >= 0 && game.alive[attacker]) {
            alert[i] = ALERT_STEPS;
            alertTarget[i] = attacker;
        }
        if (alert[i] > 0 && game.alive[alertTarget[i]] && game.ammo[i] > 0) {
            alert[i]--;
            int j = alertTarget[i];
            int turn = bestTurn(game.heading[i], Math.atan2(game.pastY(j, lag) - y, game.pastX(j, lag) - x));
            return command(i, ShooterActions.MOVE_NONE, strafeWhileFighting(i, random), turn, ShooterActions.FIRE_NO);
        }
        alert[i] = 0;
        return roam(i, random);
    }

    /** The nearest living enemy in range, in the field of view and in line of sight, or -1. */
    private int visibleEnemy(int i) {
        int nearest = -1;
        double best = game.rayMax * game.rayMax;
        for (int j = 0; j < game.n; j++) {
            if (!game.alive[j] || game.team[j] == game.team[i]) {
                continue;
            }
            double dx = game.x[j] - game.x[i];
            double dy = game.y[j] - game.y[i];
            double distance2 = dx * dx + dy * dy;
            if (distance2 > best
                    || Math.abs(Shooter.wrap(Math.atan2(dy, dx) - game.heading[i])) > game.fieldOfView / 2
                    || !game.clearLine(game.x[i], game.y[i], game.x[j], game.y[j])) {
                continue;
            }
            best = distance2;
            nearest = j;
        }
        return nearest;
    }

    private int engage(int i, int enemy, RandomGenerator random) {
        double dx = game.pastX(enemy, lag) - game.x[i];
        double dy = game.pastY(enemy, lag) - game.y[i];
        double distance = Math.sqrt(dx * dx + dy * dy);
        double aim = Math.atan2(dy, dx) + aimError * (2 * random.nextDouble() - 1);
        int turn = bestTurn(game.heading[i], aim);
        double offAim = Math.abs(Shooter.wrap(aim - game.heading[i] - game.turn[turn]));
        boolean fire = game.canFire(i) && distance <= game.range
                && offAim <= Math.atan2(game.radius, Math.max(distance, game.radius)) + fireSlack;
        int move;
        int sideways;
        if (skill.strafes()) {
            sideways = strafeWhileFighting(i, random);
            move = distance > 0.6 * game.range ? ShooterActions.MOVE_FORWARD
                    : distance < 3 ? ShooterActions.MOVE_BACK : ShooterActions.MOVE_NONE;
        } else {
            sideways = ShooterActions.STRAFE_NONE;
            move = distance > 0.8 * game.range ? ShooterActions.MOVE_FORWARD : ShooterActions.MOVE_NONE;
        }
        return command(i, move, sideways, turn, fire ? ShooterActions.FIRE_YES : ShooterActions.FIRE_NO);
    }

    /** A strafe direction kept for a while, flipped at random or when blocked; none for bots that do not strafe. */
    private int strafeWhileFighting(int i, RandomGenerator random) {
        if (!skill.strafes()) {
            return ShooterActions.STRAFE_NONE;
        }
        if (strafe[i] == 0) {
            strafe[i] = random.nextBoolean() ? 1 : -1;
        } else if (stuck[i] > 1 || random.nextInt(12) == 0) {
            strafe[i] = -strafe[i];
        }
        return strafe[i] > 0 ? ShooterActions.STRAFE_RIGHT : ShooterActions.STRAFE_LEFT;
    }

    private int roam(int i, RandomGenerator random) {
        double x = game.x[i];
        double y = game.y[i];
        int wanted = skill.seeksPickups() ? neededPickup(i) : -1;
        if (wanted >= 0) {
            goal[i] = wanted;
        } else if (goal[i] < 0 || stuck[i] > STUCK_STEPS || arrived(goal[i], x, y)
                || (goal[i] < game.pickupCount && !game.pickupAvailable[goal[i]] && skill.seeksPickups())) {
            goal[i] = randomWaypoint(x, y, random);
        }
        double heading = goal[i] < 0 ? Double.NaN : navigation.heading(goal[i], x, y);
        if (Double.isNaN(heading) || stuck[i] > STUCK_STEPS) {
            stuck[i] = stuck[i] > STUCK_STEPS ? 0 : stuck[i];
            return command(i, ShooterActions.MOVE_BACK,
                    random.nextBoolean() ? ShooterActions.STRAFE_LEFT : ShooterActions.STRAFE_RIGHT,
                    random.nextInt(actions.turns()), ShooterActions.FIRE_NO);
        }
        int turn = bestTurn(game.heading[i], heading);
        double off = Math.abs(Shooter.wrap(heading - game.heading[i] - game.turn[turn]));
        int move = off < Math.toRadians(50) ? ShooterActions.MOVE_FORWARD : ShooterActions.MOVE_NONE;
        return command(i, move, ShooterActions.STRAFE_NONE, turn, ShooterActions.FIRE_NO);
    }

    private boolean arrived(int waypoint, double x, double y) {
        double dx = navigation.waypointX[waypoint] - x;
        double dy = navigation.waypointY[waypoint] - y;
        return dx * dx + dy * dy < game.reach * game.reach;
    }

    /** The nearest reachable available pickup of the kind player i lacks, or -1. */
    private int neededPickup(int i) {
        boolean wantsHealth = game.health[i] < LOW_HEALTH * game.maxHealth;
        boolean wantsAmmo = !wantsHealth && game.ammo[i] < LOW_AMMO * game.capacity;
        if (!wantsHealth && !wantsAmmo) {
            return -1;
        }
        int nearest = -1;
        int best = Navigation.UNREACHABLE;
        for (int k = 0; k < game.pickupCount; k++) {
            if (game.pickupAvailable[k] && game.pickupHealth[k] == wantsHealth) {
                int distance = navigation.distance(k, game.x[i], game.y[i]);
                if (distance < best) {
                    best = distance;
                    nearest = k;
                }
            }
        }
        return nearest;
    }

    private int randomWaypoint(double x, double y, RandomGenerator random) {
        if (navigation.waypoints == 0) {
            return -1;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            int w = random.nextInt(navigation.waypoints);
            if (navigation.distance(w, x, y) != Navigation.UNREACHABLE && !arrived(w, x, y)) {
                return w;
            }
        }
        return -1;
    }

    /** The turn bin that brings the heading nearest to {@code desired}. */
    private int bestTurn(double heading, double desired) {
        double difference = Shooter.wrap(desired - heading);
        int best = 0;
        double bestError = Double.POSITIVE_INFINITY;
        for (int t = 0; t < game.turn.length; t++) {
            double error = Math.abs(Shooter.wrap(difference - game.turn[t]));
            if (error < bestError) {
                bestError = error;
                best = t;
            }
        }
        return best;
    }

    private int command(int i, int move, int sideways, int turn, int fire) {
        moving[i] = move != ShooterActions.MOVE_NONE || sideways != ShooterActions.STRAFE_NONE;
        return actions.encode(move, sideways, turn, fire);
    }
}
