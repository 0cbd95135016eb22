package dev.league.matchmaking.league;

/** Why an opponent was chosen: the sampler's branch, for tests, logs and metrics. */
public enum Branch {

    /** {@code uniform}: a uniformly drawn other learner. */
    UNIFORM,
    /** {@code latest-self}: the learner's own latest version. */
    LATEST_SELF,
    /** {@code snapshot-pool}: the latest self (probability {@code snapshotLatestRatio}, or no snapshot yet). */
    SNAPSHOT_LATEST,
    /** {@code snapshot-pool}: uniform over the {@code snapshotWindow} most recent snapshots. */
    SNAPSHOT_WINDOW,
    /** {@code pfsp}: PFSP with the configured weighting over all snapshots. */
    PFSP,
    /** Main agent: PFSP (squared) over all snapshots. */
    MAIN_PFSP,
    /** Main agent: a live main agent (possibly itself), when it wins more than {@code selfPlayWinRate}. */
    MAIN_SELF_PLAY,
    /** Main agent: that main agent's snapshots, PFSP (variance), when it is too strong. */
    MAIN_SELF_PLAY_CURRICULUM,
    /** Main agent verification: main-exploiter snapshots, PFSP (squared), when one beats it. */
    MAIN_VERIFY_EXPLOITERS,
    /** Main agent verification: the opponent's old snapshots it has forgotten how to beat, PFSP (squared). */
    MAIN_VERIFY_FORGETTING,
    /** Main exploiter: a live main agent, when it wins more than {@code mainExploiterWinRate}. */
    EXPLOITER_MAIN_AGENT,
    /** Main exploiter: that main agent's snapshots, PFSP (variance). */
    EXPLOITER_CURRICULUM,
    /** League exploiter: PFSP (linear-capped) over all snapshots. */
    LEAGUE_EXPLOITER_PFSP
}
