package dev.league.scenarios.predatorprey;

import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScriptedOpponent;
import dev.league.scenarios.Simulation;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grid predator-prey (see {@link PredatorPreySpec}). Each step: predators move (in index order;
 * a move into an occupied cell or off the grid stays put), then every live prey with at least
 * {@code captureNeighbours} predators in its 4-neighbourhood is captured ({@code +captureReward});
 * a prey with exactly one neighbouring predator escapes and the team gets {@code penalty}; then the
 * surviving prey move to a random free neighbouring cell (or stay). The team reward, shared by all
 * predators, adds {@code stepCost}. The episode terminates when every prey is captured.
 *
 * <p>Actions: 0 stay, 1 up, 2 down, 3 left, 4 right (all always available). Observation: own
 * position / gridSize (2), then a (2v+1) x (2v+1) window centred on the predator with channel 0 =
 * other predators, channel 1 = prey (outside the grid: 0). State: the whole grid, channel 0
 * predators, channel 1 prey, [2, G, G].
 */
final class PredatorPrey implements Simulation {

    static final int ACTIONS = 5;
    private static final int[] DX = {0, 0, 0, -1, 1};
    private static final int[] DY = {0, 1, -1, 0, 0};
    static final String GREEDY = "greedy";

    private final PredatorPreySpec game;
    private final EnvironmentSpec spec;
    private final int size;
    private final int predators;
    private final int preyCount;

    private final int[] predatorX;
    private final int[] predatorY;
    private final int[] preyX;
    private final int[] preyY;
    private final boolean[] preyAlive;
    /** Occupancy: 0 empty, 1 predator, 2 prey. Index y * size + x. */
    private final byte[] grid;
    private SplittableRandom random = new SplittableRandom(0);
    private float reward;
    private int captures;
    private int escapes;
    private int steps;
    private boolean terminated;
    private boolean truncated;

    PredatorPrey(PredatorPreySpec game, EnvironmentSpec spec) {
        this.game = game;
        this.spec = spec;
        this.size = game.gridSize();
        this.predators = game.predators();
        this.preyCount = game.prey();
        predatorX = new int[predators];
        predatorY = new int[predators];
        preyX = new int[preyCount];
        preyY = new int[preyCount];
        preyAlive = new boolean[preyCount];
        grid = new byte[size * size];
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public void reset(long seed) {
        random = new SplittableRandom(seed);
        Arrays.fill(grid, (byte) 0);
        for (int i = 0; i < predators; i++) {
            int cell = freeCell();
            predatorX[i] = cell % size;
            predatorY[i] = cell / size;
            grid[cell] = 1;
        }
        for (int i = 0; i < preyCount; i++) {
            int cell = freeCell();
            preyX[i] = cell % size;
            preyY[i] = cell / size;
            preyAlive[i] = true;
            grid[cell] = 2;
        }
        reward = 0;
        captures = 0;
        escapes = 0;
        steps = 0;
        terminated = false;
        truncated = false;
    }

    private int freeCell() {
        int cell;
        do {
            cell = random.nextInt(size * size);
        } while (grid[cell] != 0);
        return cell;
    }

    @Override
    public void step(int[] actions, int offset) {
        if (terminated || truncated) {
            throw new IllegalStateException("episode is over: call reset(seed) before step()");
        }
        for (int i = 0; i < predators; i++) {
            int action = actions[offset + i];
            if (action < 0 || action >= ACTIONS) {
                throw new IllegalArgumentException("agent " + i + ": action " + action + " is not available");
            }
        }
        for (int i = 0; i < predators; i++) {
            int action = actions[offset + i];
            int nx = predatorX[i] + DX[action];
            int ny = predatorY[i] + DY[action];
            if (action != 0 && inside(nx, ny) && grid[ny * size + nx] == 0) {
                grid[predatorY[i] * size + predatorX[i]] = 0;
                predatorX[i] = nx;
                predatorY[i] = ny;
                grid[ny * size + nx] = 1;
            }
        }
        double stepReward = game.stepCost();
        for (int p = 0; p < preyCount; p++) {
            if (!preyAlive[p]) {
                continue;
            }
            int neighbours = 0;
            for (int direction = 1; direction < ACTIONS; direction++) {
                int nx = preyX[p] + DX[direction];
                int ny = preyY[p] + DY[direction];
                if (inside(nx, ny) && grid[ny * size + nx] == 1) {
                    neighbours++;
                }
            }
            if (neighbours >= game.captureNeighbours()) {
                preyAlive[p] = false;
                grid[preyY[p] * size + preyX[p]] = 0;
                stepReward += game.captureReward();
                captures++;
            } else if (neighbours == 1) {
                stepReward += game.penalty();
                escapes++;
            }
        }
        for (int p = 0; p < preyCount; p++) {
            if (preyAlive[p]) {
                movePrey(p);
            }
        }
        reward = (float) stepReward;
        steps++;
        if (captures == preyCount) {
            terminated = true;
        } else if (steps >= game.episodeLimit()) {
            truncated = true;
        }
    }

    private void movePrey(int p) {
        int direction = random.nextInt(ACTIONS);
        int nx = preyX[p] + DX[direction];
        int ny = preyY[p] + DY[direction];
        if (direction != 0 && inside(nx, ny) && grid[ny * size + nx] == 0) {
            grid[preyY[p] * size + preyX[p]] = 0;
            preyX[p] = nx;
            preyY[p] = ny;
            grid[ny * size + nx] = 2;
        }
    }

    private boolean inside(int gx, int gy) {
        return gx >= 0 && gx < size && gy >= 0 && gy < size;
    }

    @Override
    public void observe(float[] observations, int observationOffset, float[] state, int stateOffset, boolean[] masks,
            int maskOffset) {
        int d = spec.observationSize();
        int v = game.vision();
        int window = 2 * v + 1;
        int channel = window * window;
        for (int i = 0; i < predators; i++) {
            int at = observationOffset + i * d;
            Arrays.fill(observations, at, at + d, 0f);
            observations[at] = (float) predatorX[i] / size;
            observations[at + 1] = (float) predatorY[i] / size;
            for (int wy = 0; wy < window; wy++) {
                for (int wx = 0; wx < window; wx++) {
                    int gx = predatorX[i] + wx - v;
                    int gy = predatorY[i] + wy - v;
                    if (!inside(gx, gy) || (wx == v && wy == v)) {
                        continue;
                    }
                    byte cell = grid[gy * size + gx];
                    if (cell != 0) {
                        observations[at + 2 + (cell - 1) * channel + wy * window + wx] = 1f;
                    }
                }
            }
        }
        int cells = size * size;
        for (int cell = 0; cell < cells; cell++) {
            state[stateOffset + cell] = grid[cell] == 1 ? 1f : 0f;
            state[stateOffset + cells + cell] = grid[cell] == 2 ? 1f : 0f;
        }
        Arrays.fill(masks, maskOffset, maskOffset + predators * ACTIONS, true);
    }

    @Override
    public void rewards(float[] rewards, int offset) {
        Arrays.fill(rewards, offset, offset + predators, reward);
    }

    @Override
    public boolean terminated() {
        return terminated;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    /** Team score = prey captured; the team "wins" when it captured every prey. */
    @Override
    public EpisodeOutcome outcome() {
        if (!terminated && !truncated) {
            throw new IllegalStateException("episode is not over");
        }
        return new EpisodeOutcome(new float[] {captures}, terminated ? 0 : EpisodeOutcome.DRAW, steps,
                new int[] {captures}, new float[] {escapes});
    }

    @Override
    public List<String> scriptedOpponents() {
        return List.of(GREEDY);
    }

    /** {@code greedy}: every predator steps toward the nearest live prey (a non-learning baseline). */
    @Override
    public ScriptedOpponent scriptedOpponent(String name) {
        if (!GREEDY.equals(name)) {
            return Simulation.super.scriptedOpponent(name);
        }
        return (team, actions, offset, rng) -> {
            for (int i = 0; i < predators; i++) {
                actions[offset + i] = towardNearestPrey(i, rng);
            }
        };
    }

    private int towardNearestPrey(int i, java.util.random.RandomGenerator rng) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int p = 0; p < preyCount; p++) {
            int distance = Math.abs(preyX[p] - predatorX[i]) + Math.abs(preyY[p] - predatorY[i]);
            if (preyAlive[p] && distance < bestDistance) {
                bestDistance = distance;
                best = p;
            }
        }
        if (best < 0 || bestDistance <= 1) {
            return 0;
        }
        int dx = preyX[best] - predatorX[i];
        int dy = preyY[best] - predatorY[i];
        boolean horizontal = Math.abs(dx) > Math.abs(dy) || (Math.abs(dx) == Math.abs(dy) && rng.nextBoolean());
        return horizontal ? (dx > 0 ? 4 : 3) : (dy > 0 ? 1 : 2);
    }

    // for tests
    int captures() {
        return captures;
    }

    void place(int[] predatorCells, int[] preyCells) {
        Arrays.fill(grid, (byte) 0);
        for (int i = 0; i < predators; i++) {
            predatorX[i] = predatorCells[i] % size;
            predatorY[i] = predatorCells[i] / size;
            grid[predatorCells[i]] = 1;
        }
        for (int p = 0; p < preyCount; p++) {
            preyX[p] = preyCells[p] % size;
            preyY[p] = preyCells[p] / size;
            preyAlive[p] = true;
            grid[preyCells[p]] = 2;
        }
    }
}
