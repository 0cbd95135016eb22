package dev.league.league;

import dev.league.league.weights.WeightRef;

/**
 * A population member.
 *
 * @param id stable id, e.g. {@code m0}
 * @param role league role ({@code main}; exploiters come with the matchmaking roles)
 * @param hyperparameters current hyperparameters
 * @param version current weight version
 */
public record Member(String id, String role, Hyperparameters hyperparameters, long version) {

    public static final String MAIN = "main";

    public Member {
        if (id == null || !id.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("member.id must match [A-Za-z0-9_.-]+, was '" + id + "'");
        }
    }

    public WeightRef weights() {
        return new WeightRef(id, version);
    }
}
