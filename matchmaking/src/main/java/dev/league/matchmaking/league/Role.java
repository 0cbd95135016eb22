package dev.league.matchmaking.league;

/**
 * A learner's role in the league (AlphaStar, Vinyals et al., Nature 2019). With any sampler other
 * than {@code alphastar} every learner is a {@link #MAIN_AGENT}.
 */
public enum Role {

    /** Learns to beat everyone: PFSP over all snapshots, self-play, verification. Never resets. */
    MAIN_AGENT("main-agent"),
    /** Learns to beat the main agents; resets to its initial weights at every snapshot. */
    MAIN_EXPLOITER("main-exploiter"),
    /** Learns to beat the whole league (PFSP linear-capped); resets with a probability at each snapshot. */
    LEAGUE_EXPLOITER("league-exploiter");

    private final String configName;

    Role(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }
}
