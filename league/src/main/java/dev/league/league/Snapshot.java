package dev.league.league;

import dev.league.league.weights.WeightRef;
import java.io.Serializable;

/**
 * A frozen copy of a member: a player of its own that never learns, whose weights are pinned in
 * the store.
 *
 * @param id player id, {@code <member>@<version>}
 * @param member the member it was taken from
 * @param version the frozen weight version
 * @param frames the member's frames when it was taken
 */
public record Snapshot(String id, String member, long version, long frames) implements Serializable {

    public static Snapshot of(Member member) {
        return new Snapshot(member.id() + "@" + member.version(), member.id(), member.version(), member.stats().frames());
    }

    public WeightRef weights() {
        return new WeightRef(member, version);
    }
}
