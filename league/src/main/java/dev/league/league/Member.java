package dev.league.league;

import dev.league.league.weights.WeightRef;
import java.io.Serializable;

/**
 * A population member.
 *
 * @param id stable id, e.g. {@code m0}
 * @param role league role ({@code main}; exploiters come with the matchmaking roles)
 * @param hyperparameters current hyperparameters
 * @param version current weight version
 * @param generation 0 for an original member; an exploit makes it the source's generation + 1
 * @param parent the member whose weights it last copied, or null
 * @param stats what it has done so far
 */
public record Member(String id, String role, Hyperparameters hyperparameters, long version, int generation,
        String parent, MemberStats stats) implements Serializable {

    public static final String MAIN = "main";

    public Member {
        if (id == null || !id.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("member.id must match [A-Za-z0-9_.-]+, was '" + id + "'");
        }
        stats = stats == null ? MemberStats.NONE : stats;
    }

    /** A generation-0 member without a parent or statistics. */
    public Member(String id, String role, Hyperparameters hyperparameters, long version) {
        this(id, role, hyperparameters, version, 0, null, MemberStats.NONE);
    }

    public WeightRef weights() {
        return new WeightRef(id, version);
    }

    public Member withVersion(long value) {
        return new Member(id, role, hyperparameters, value, generation, parent, stats);
    }

    public Member withHyperparameters(Hyperparameters value) {
        return new Member(id, role, value, version, generation, parent, stats);
    }

    public Member withLineage(int newGeneration, String newParent) {
        return new Member(id, role, hyperparameters, version, newGeneration, newParent, stats);
    }

    public Member withStats(MemberStats value) {
        return new Member(id, role, hyperparameters, version, generation, parent, value);
    }
}
