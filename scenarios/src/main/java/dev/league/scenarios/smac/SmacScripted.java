package dev.league.scenarios.smac;

import dev.league.scenarios.ScriptedOpponent;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The built-in scripted AI, acting through the agents' own actions and masks:
 * <ul>
 *   <li>{@code easy}: attack the nearest enemy in range, else walk toward the nearest enemy; each
 *       unit hesitates (stops) on 30% of its steps;
 *   <li>{@code medium}: "attack the nearest enemy" every step, else walk toward it;
 *   <li>{@code hard}: focus fire: attack the enemy in range with the least health and shields
 *       (ties: the nearest), else walk toward the nearest enemy.
 * </ul>
 * Healers heal the most damaged biological ally in range, else follow their army's centre.
 */
final class SmacScripted implements ScriptedOpponent {

    static final String EASY = "easy";
    static final String MEDIUM = "medium";
    static final String HARD = "hard";
    static final List<String> LEVELS = List.of(EASY, MEDIUM, HARD);

    private static final double EASY_HESITATION = 0.3;

    private final Smac smac;
    private final String level;

    SmacScripted(Smac smac, String level) {
        this.smac = smac;
        this.level = level;
    }

    @Override
    public void act(int team, int[] actions, int offset, RandomGenerator random) {
        int first = smac.firstOfTeam(team);
        for (int u = first; u < first + smac.teamSize(team); u++) {
            actions[offset + u] = choose(u, random);
        }
    }

    private int choose(int u, RandomGenerator random) {
        if (!smac.alive(u)) {
            return Smac.NO_OP;
        }
        if (EASY.equals(level) && random.nextDouble() < EASY_HESITATION) {
            return Smac.STOP;
        }
        return smac.healer(u) ? chooseHeal(u) : chooseAttack(u);
    }

    private int chooseAttack(int u) {
        int side = smac.team(u);
        int enemies = smac.teamSize(1 - side);
        int best = -1;
        double bestKey = Double.POSITIVE_INFINITY;
        int nearest = -1;
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < enemies; j++) {
            int v = smac.firstOfTeam(1 - side) + j;
            if (!smac.alive(v)) {
                continue;
            }
            double distance = smac.distance(u, v);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = v;
            }
            if (smac.available(u, Smac.FIRST_TARGET + j)) {
                double key = HARD.equals(level) ? smac.healthAndShield(v) * 1000 + distance : distance;
                if (key < bestKey) {
                    bestKey = key;
                    best = j;
                }
            }
        }
        if (best >= 0) {
            return Smac.FIRST_TARGET + best;
        }
        return nearest < 0 ? Smac.STOP : walkToward(u, smac.x(nearest), smac.y(nearest));
    }

    private int chooseHeal(int u) {
        int side = smac.team(u);
        int best = -1;
        double mostMissing = 0;
        double centreX = 0;
        double centreY = 0;
        int count = 0;
        for (int j = 0; j < smac.teamSize(side); j++) {
            int v = smac.firstOfTeam(side) + j;
            if (v == u || !smac.alive(v)) {
                continue;
            }
            centreX += smac.x(v);
            centreY += smac.y(v);
            count++;
            double missing = smac.maxHealth(v) - smac.health(v);
            if (missing > mostMissing && smac.available(u, Smac.FIRST_TARGET + j)) {
                mostMissing = missing;
                best = j;
            }
        }
        if (best >= 0) {
            return Smac.FIRST_TARGET + best;
        }
        return count == 0 ? Smac.STOP : walkToward(u, centreX / count, centreY / count);
    }

    /** The available move that most reduces the larger of |dx| and |dy|; stop when none helps. */
    private int walkToward(int u, double tx, double ty) {
        double dx = tx - smac.x(u);
        double dy = ty - smac.y(u);
        if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) {
            return Smac.STOP;
        }
        int horizontal = dx > 0 ? Smac.EAST : Smac.WEST;
        int vertical = dy > 0 ? Smac.NORTH : Smac.SOUTH;
        int preferred = Math.abs(dx) >= Math.abs(dy) ? horizontal : vertical;
        int other = preferred == horizontal ? vertical : horizontal;
        if (smac.available(u, preferred)) {
            return preferred;
        }
        return smac.available(u, other) ? other : Smac.STOP;
    }
}
