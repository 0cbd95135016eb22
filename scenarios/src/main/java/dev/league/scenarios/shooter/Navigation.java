package dev.league.scenarios.shooter;

/**
 * The bots' map of one arena: a grid of {@value #CELL}-unit cells, walkable where a player's disc
 * fits at the cell centre, and a breadth-first step count (8-connected, no corner cutting) from
 * every cell to every waypoint. Waypoints are the pickups [0, K) followed by the spawn points
 * [K, K + P). Built once per simulation copy, when a bot first needs it; immutable after.
 */
final class Navigation {

    static final double CELL = 0.5;
    static final int UNREACHABLE = Integer.MAX_VALUE;
    private static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1};
    /** Cells of the path looked ahead for one that can be walked to straight. */
    private static final int LOOK_AHEAD = 8;

    private final Shooter shooter;
    private final int columns;
    private final int rows;
    private final boolean[] walkable;
    final int waypoints;
    final double[] waypointX;
    final double[] waypointY;
    /** Steps from each cell to each waypoint, [waypoints][rows * columns]. */
    private final int[][] distance;

    Navigation(Shooter shooter) {
        this.shooter = shooter;
        this.columns = (int) Math.ceil(shooter.width / CELL);
        this.rows = (int) Math.ceil(shooter.height / CELL);
        this.walkable = new boolean[columns * rows];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                walkable[row * columns + column] = shooter.free((column + 0.5) * CELL, (row + 0.5) * CELL);
            }
        }
        this.waypoints = shooter.pickupCount + shooter.spawnCount;
        this.waypointX = new double[waypoints];
        this.waypointY = new double[waypoints];
        for (int k = 0; k < shooter.pickupCount; k++) {
            waypointX[k] = shooter.pickupX[k];
            waypointY[k] = shooter.pickupY[k];
        }
        for (int p = 0; p < shooter.spawnCount; p++) {
            waypointX[shooter.pickupCount + p] = shooter.spawnX[p];
            waypointY[shooter.pickupCount + p] = shooter.spawnY[p];
        }
        this.distance = new int[waypoints][];
        int[] queue = new int[columns * rows];
        for (int w = 0; w < waypoints; w++) {
            distance[w] = breadthFirst(cell(waypointX[w], waypointY[w]), queue);
        }
    }

    private int[] breadthFirst(int goal, int[] queue) {
        int[] steps = new int[columns * rows];
        java.util.Arrays.fill(steps, UNREACHABLE);
        steps[goal] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = goal;
        while (head < tail) {
            int cell = queue[head++];
            for (int d = 0; d < DX.length; d++) {
                int next = neighbour(cell, d);
                if (next >= 0 && steps[next] == UNREACHABLE) {
                    steps[next] = steps[cell] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return steps;
    }

    /** The walkable neighbour of {@code cell} in direction d, or -1 (off the grid, blocked, or cutting a corner). */
    private int neighbour(int cell, int d) {
        int column = cell % columns + DX[d];
        int row = cell / columns + DY[d];
        if (column < 0 || row < 0 || column >= columns || row >= rows || !walkable[row * columns + column]) {
            return -1;
        }
        if (DX[d] != 0 && DY[d] != 0
                && (!walkable[(cell / columns) * columns + column] || !walkable[row * columns + cell % columns])) {
            return -1;
        }
        return row * columns + column;
    }

    int cell(double x, double y) {
        int column = Math.min(columns - 1, Math.max(0, (int) (x / CELL)));
        int row = Math.min(rows - 1, Math.max(0, (int) (y / CELL)));
        return row * columns + column;
    }

    /** Steps from (x, y) to waypoint w, {@link #UNREACHABLE} if there is no path. */
    int distance(int w, double x, double y) {
        return distance[w][cell(x, y)];
    }

    /**
     * The heading (radians) to steer from (x, y) towards waypoint w, or NaN if it cannot be reached:
     * straight at the waypoint when a player can walk there in a straight line, else at the farthest
     * of the next {@value #LOOK_AHEAD} cells of the shortest grid path that it can walk to straight.
     */
    double heading(int w, double x, double y) {
        double gx = waypointX[w];
        double gy = waypointY[w];
        if (walkable(x, y, gx, gy)) {
            return Math.atan2(gy - y, gx - x);
        }
        int[] steps = distance[w];
        int cell = cell(x, y);
        int target = -1;
        for (int ahead = 0; ahead < LOOK_AHEAD; ahead++) {
            int next = downhill(cell, steps);
            if (next < 0) {
                break;
            }
            if (target >= 0 && !walkable(x, y, centreX(next), centreY(next))) {
                break;
            }
            target = next;
            cell = next;
        }
        if (target < 0) {
            return steps[cell(x, y)] == UNREACHABLE ? Double.NaN : Math.atan2(gy - y, gx - x);
        }
        return Math.atan2(centreY(target) - y, centreX(target) - x);
    }

    /** The neighbour of {@code cell} nearest to the waypoint, or -1 if none is nearer than the cell. */
    private int downhill(int cell, int[] steps) {
        int best = steps[cell];
        int next = -1;
        for (int d = 0; d < DX.length; d++) {
            int neighbour = neighbour(cell, d);
            if (neighbour >= 0 && steps[neighbour] < best) {
                best = steps[neighbour];
                next = neighbour;
            }
        }
        return next;
    }

    /** Whether a player's disc can move straight from (x0, y0) to (x1, y1): centre line and both edges clear. */
    private boolean walkable(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) {
            return true;
        }
        double ox = -dy / length * shooter.radius;
        double oy = dx / length * shooter.radius;
        return shooter.clearLine(x0, y0, x1, y1) && shooter.clearLine(x0 + ox, y0 + oy, x1 + ox, y1 + oy)
                && shooter.clearLine(x0 - ox, y0 - oy, x1 - ox, y1 - oy);
    }

    private double centreX(int cell) {
        return (cell % columns + 0.5) * CELL;
    }

    private double centreY(int cell) {
        return (cell / columns + 0.5) * CELL;
    }
}
