package dev.league.matchmaking.sampling;

import java.util.Arrays;
import java.util.List;

/** How learners choose opponents ({@code matchmaking.sampler} in the league config). */
public enum SamplerKind {

    /** Uniform over the other live learners (Sample Factory's self-play mixing). */
    UNIFORM("uniform"),
    /** Always the learner's own latest version (naive self-play). */
    LATEST_SELF("latest-self"),
    /**
     * The learner's latest self with probability {@code snapshotLatestRatio}, otherwise uniform over
     * the {@code snapshotWindow} most recent snapshots of the league (Unity ML-Agents ghost trainer:
     * {@code play_against_latest_model_ratio}, {@code window}; OpenAI Five's 80 % latest / 20 % past).
     */
    SNAPSHOT_POOL("snapshot-pool"),
    /** PFSP with {@code pfspWeighting} over all snapshots (AlphaStar's prioritized fictitious self-play). */
    PFSP("pfsp"),
    /** The AlphaStar league roles: main agents, main exploiters, league exploiters. */
    ALPHASTAR("alphastar");

    private final String configName;

    SamplerKind(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(SamplerKind::configName).toList();
    }

    public static SamplerKind fromName(String name) {
        for (SamplerKind kind : values()) {
            if (kind.configName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("sampler must be one of " + names() + ", was '" + name + "'");
    }
}
