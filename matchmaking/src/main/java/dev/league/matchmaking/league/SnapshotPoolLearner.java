package dev.league.matchmaking.league;

import java.util.random.RandomGenerator;

/**
 * {@code snapshot-pool}: the latest self with probability {@code latestRatio}, else uniform over the
 * {@code window} most recent snapshots of the league (Unity ML-Agents ghost trainer,
 * {@code ml-agents/mlagents/trainers/ghost/trainer.py}: {@code play_against_latest_model_ratio},
 * {@code window}).
 */
final class SnapshotPoolLearner implements LearnerRole {

    private static final long serialVersionUID = 1L;

    private final int window;
    private final double latestRatio;

    SnapshotPoolLearner(int window, double latestRatio) {
        this.window = window;
        this.latestRatio = latestRatio;
    }

    @Override
    public Role role() {
        return Role.MAIN_AGENT;
    }

    @Override
    public OpponentChoice opponent(League league, int self, RandomGenerator random) {
        IntList pool = league.historical();
        if (pool.isEmpty() || random.nextDouble() < latestRatio) {
            return league.choose(self, Branch.SNAPSHOT_LATEST);
        }
        int size = Math.min(window, pool.size());
        return league.choose(pool.get(pool.size() - size + random.nextInt(size)), Branch.SNAPSHOT_WINDOW);
    }
}
