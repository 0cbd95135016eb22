package dev.league.matchmaking.payoff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decayed win / draw / loss counts for every ordered pair of players, as in the AlphaStar league
 * (Vinyals et al., Nature 2019, supplementary pseudocode {@code payoff.py}; public mirror
 * liuruoze/mini-AlphaStar {@code alphastarmini/core/ma/payoff.py}). Before each game between
 * {@code home} and {@code away}, the counters of both ordered pairs are multiplied by the decay
 * (0.99 in AlphaStar), then the game is added. {@code winRate = (wins + draws / 2) / games}, and
 * 0.5 for a pair that never met.
 *
 * <p>Players are members and snapshots alike, named by id and numbered densely in the order they
 * were added. Storage is a dense table {@code [N, N, 3]} (wins, draws, losses of the row player
 * against the column player), one row array per player, so that the win rates of one player
 * against a candidate list are a scan of one row: about 24 MB at 1,000 players. Not thread-safe.
 */
public final class PayoffTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The decay of the AlphaStar pseudocode. */
    public static final double ALPHASTAR_DECAY = 0.99;

    private static final int WINS = 0;
    private static final int DRAWS = 1;
    private static final int LOSSES = 2;
    private static final int COUNTERS = 3;

    private final double decay;
    private final Map<String, Integer> indices = new HashMap<>();
    private final List<String> players = new ArrayList<>();
    /** rows[home][COUNTERS * away + counter]; every row has length COUNTERS * capacity. */
    private double[][] rows = new double[0][];
    private int capacity;

    /** @param decay factor applied to a pair's counters before each of its games, in (0, 1] */
    public PayoffTable(double decay) {
        if (!(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("payoff.decay must be in (0, 1], was " + decay);
        }
        this.decay = decay;
    }

    /** A table with the AlphaStar decay 0.99. */
    public static PayoffTable alphaStar() {
        return new PayoffTable(ALPHASTAR_DECAY);
    }

    public double decay() {
        return decay;
    }

    /**
     * Adds a player (idempotent).
     *
     * @return its index, stable for the table's life
     */
    public int add(String player) {
        if (player == null || player.isBlank()) {
            throw new IllegalArgumentException("payoff player id must not be blank, was '" + player + "'");
        }
        Integer existing = indices.get(player);
        if (existing != null) {
            return existing;
        }
        int index = players.size();
        if (index == capacity) {
            grow(Math.max(8, capacity * 2));
        }
        rows[index] = new double[COUNTERS * capacity];
        players.add(player);
        indices.put(player, index);
        return index;
    }

    private void grow(int newCapacity) {
        rows = Arrays.copyOf(rows, newCapacity);
        for (int i = 0; i < players.size(); i++) {
            rows[i] = Arrays.copyOf(rows[i], COUNTERS * newCapacity);
        }
        capacity = newCapacity;
    }

    /** @return the player's index, or -1 if the table does not know it */
    public int indexOf(String player) {
        Integer index = indices.get(player);
        return index == null ? -1 : index;
    }

    public String player(int index) {
        return players.get(index);
    }

    /** Players in index order. */
    public List<String> players() {
        return List.copyOf(players);
    }

    public int size() {
        return players.size();
    }

    /**
     * Records one game: decays both ordered pairs' counters, then adds the game.
     *
     * @param score the home player's score: 1 win, 0.5 draw, 0 loss
     */
    public void update(int home, int away, double score) {
        checkIndex(home);
        checkIndex(away);
        if (home == away) {
            throw new IllegalArgumentException("payoff: a player cannot play itself, was " + players.get(home));
        }
        int outcome = score == 1.0 ? WINS : score == 0.5 ? DRAWS : score == 0.0 ? LOSSES : -1;
        if (outcome < 0) {
            throw new IllegalArgumentException("payoff score must be one of 1, 0.5, 0, was " + score);
        }
        double[] homeRow = rows[home];
        double[] awayRow = rows[away];
        int h = COUNTERS * away;
        int a = COUNTERS * home;
        for (int counter = 0; counter < COUNTERS; counter++) {
            homeRow[h + counter] *= decay;
            awayRow[a + counter] *= decay;
        }
        homeRow[h + outcome] += 1;
        awayRow[a + (LOSSES - outcome)] += 1;
    }

    /** {@link #update(int, int, double)} by player id; both must have been added. */
    public void update(String home, String away, double score) {
        update(require(home), require(away), score);
    }

    /**
     * Records a match of T sides as one game per pair of sides whose ids differ (so a free-for-all
     * of T players is T (T - 1) / 2 games); a pair of equal ids (self-play) carries no information
     * and is skipped. Unknown ids are added.
     *
     * @param players player per side, length T
     * @param ranks rank per side, length T; 1 is best, equal ranks tie
     */
    public void update(String[] players, int[] ranks) {
        if (players.length != ranks.length) {
            throw new IllegalArgumentException("payoff: players and ranks must have the same length, were "
                    + players.length + " and " + ranks.length);
        }
        int[] index = new int[players.length];
        for (int i = 0; i < players.length; i++) {
            index[i] = add(players[i]);
        }
        for (int i = 0; i < players.length; i++) {
            for (int j = i + 1; j < players.length; j++) {
                if (index[i] != index[j]) {
                    update(index[i], index[j], ranks[i] < ranks[j] ? 1.0 : ranks[i] == ranks[j] ? 0.5 : 0.0);
                }
            }
        }
    }

    /** {@code (wins + draws / 2) / games} of home against away; 0.5 if they never met. */
    public double winRate(int home, int away) {
        checkIndex(home);
        checkIndex(away);
        double[] row = rows[home];
        int offset = COUNTERS * away;
        return winRate(row[offset + WINS], row[offset + DRAWS], row[offset + LOSSES]);
    }

    public double winRate(String home, String away) {
        return winRate(require(home), require(away));
    }

    /**
     * The fast path: win rates of {@code home} against {@code aways[0..count)} into {@code out[0..count)}.
     */
    public void winRates(int home, int[] aways, int count, double[] out) {
        checkIndex(home);
        double[] row = rows[home];
        for (int i = 0; i < count; i++) {
            int offset = COUNTERS * aways[i];
            out[i] = winRate(row[offset + WINS], row[offset + DRAWS], row[offset + LOSSES]);
        }
    }

    private static double winRate(double wins, double draws, double losses) {
        double games = wins + draws + losses;
        return games == 0 ? 0.5 : (wins + 0.5 * draws) / games;
    }

    /** Decayed number of games between the two (wins + draws + losses). */
    public double games(String home, String away) {
        return wins(home, away) + draws(home, away) + losses(home, away);
    }

    /** Decayed wins of home against away. */
    public double wins(String home, String away) {
        return counter(home, away, WINS);
    }

    public double draws(String home, String away) {
        return counter(home, away, DRAWS);
    }

    public double losses(String home, String away) {
        return counter(home, away, LOSSES);
    }

    private double counter(String home, String away, int counter) {
        return rows[require(home)][COUNTERS * require(away) + counter];
    }

    private int require(String player) {
        int index = indexOf(player);
        if (index < 0) {
            throw new IllegalArgumentException("payoff has no player '" + player + "'");
        }
        return index;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= players.size()) {
            throw new IndexOutOfBoundsException("payoff player index " + index + " out of 0.." + (players.size() - 1));
        }
    }
}
