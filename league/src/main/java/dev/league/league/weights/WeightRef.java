package dev.league.league.weights;

import java.io.Serializable;

/**
 * An opaque reference to one version of a member's weights. The league never holds the arrays;
 * records carry this, and workers fetch the bytes from a {@link WeightStore}.
 *
 * @param memberId the population member (or frozen snapshot) the weights belong to
 * @param version monotonically increasing per member, from 0
 */
public record WeightRef(String memberId, long version) implements Serializable {

    public WeightRef {
        if (memberId == null || memberId.isBlank() || memberId.contains("@")) {
            throw new IllegalArgumentException("weightRef.memberId must be non-blank without '@', was '" + memberId + "'");
        }
        if (version < 0) {
            throw new IllegalArgumentException("weightRef.version must be >= 0, was " + version);
        }
    }

    /** A stable string key, {@code member@version}, for stores keyed by strings. */
    public String key() {
        return memberId + "@" + version;
    }

    @Override
    public String toString() {
        return key();
    }
}
