package dev.league.scenarios.shooter;

import static dev.league.scenarios.Checks.require;

/**
 * The shooter's action tuple (move, strafe, turn, fire) and its flat encoding as the one discrete
 * action per agent that {@link dev.league.scenarios.Simulation} takes.
 *
 * <p>Components and sizes ({@link #components()}): move {back, none, forward} (3), strafe {left,
 * none, right} (3), turn (one bin per entry of {@code player.turnDegrees}, T), fire {no, yes} (2).
 * The flat index is row-major over that order, fire varying fastest:
 *
 * <pre>
 * action = ((move * 3 + strafe) * T + turn) * 2 + fire        A = 3 * 3 * T * 2
 * </pre>
 *
 * <p>So every odd action fires, and the no-op ({@link #noop()}) is (none, none, the 0-degree bin,
 * no). A multi-discrete policy head can emit the four components and {@link #encode} them; masks
 * [A] only ever remove fire (odd actions) or everything but the no-op (dead player).
 *
 * @param turns T, number of turn bins, 1..15
 * @param noTurn index of the 0-degree turn bin, 0..T-1
 */
public record ShooterActions(int turns, int noTurn) {

    public static final int MOVE_BACK = 0;
    public static final int MOVE_NONE = 1;
    public static final int MOVE_FORWARD = 2;
    public static final int STRAFE_LEFT = 0;
    public static final int STRAFE_NONE = 1;
    public static final int STRAFE_RIGHT = 2;
    public static final int FIRE_NO = 0;
    public static final int FIRE_YES = 1;
    static final int MOVES = 3;
    static final int STRAFES = 3;
    static final int FIRES = 2;

    public ShooterActions {
        require(turns >= 1 && turns <= 15, "actions.turns must be in 1..15, was %s", turns);
        require(noTurn >= 0 && noTurn < turns, "actions.noTurn must be in 0..%s, was %s", turns - 1, noTurn);
    }

    /** Component sizes in encoding order: {move 3, strafe 3, turn T, fire 2}. */
    public int[] components() {
        return new int[] {MOVES, STRAFES, turns, FIRES};
    }

    /** A, the number of flat actions. */
    public int count() {
        return MOVES * STRAFES * turns * FIRES;
    }

    /** The flat action of a tuple; each component must be within its size. Allocates nothing. */
    public int encode(int move, int strafe, int turn, int fire) {
        if (move < 0 || move >= MOVES || strafe < 0 || strafe >= STRAFES || turn < 0 || turn >= turns || fire < 0
                || fire >= FIRES) {
            throw new IllegalArgumentException("action (move, strafe, turn, fire) must be within (3, 3, " + turns
                    + ", 2), was (" + move + ", " + strafe + ", " + turn + ", " + fire + ")");
        }
        return ((move * STRAFES + strafe) * turns + turn) * FIRES + fire;
    }

    /** Writes the tuple (move, strafe, turn, fire) of {@code action} into {@code tuple[0..4)}. Allocates nothing. */
    public void decode(int action, int[] tuple) {
        if (action < 0 || action >= count()) {
            throw new IllegalArgumentException("action must be in 0.." + (count() - 1) + ", was " + action);
        }
        tuple[0] = move(action);
        tuple[1] = strafe(action);
        tuple[2] = turn(action);
        tuple[3] = fire(action);
    }

    /** The do-nothing action: no move, no strafe, no turn, no fire. */
    public int noop() {
        return ((MOVE_NONE * STRAFES + STRAFE_NONE) * turns + noTurn) * FIRES + FIRE_NO;
    }

    public int move(int action) {
        return action / (FIRES * turns * STRAFES);
    }

    public int strafe(int action) {
        return action / (FIRES * turns) % STRAFES;
    }

    public int turn(int action) {
        return action / FIRES % turns;
    }

    public int fire(int action) {
        return action % FIRES;
    }
}
