package dev.league.league.pbt;

import dev.league.league.Hyperparameters;
import java.io.Serializable;

/**
 * One PBT decision about one member, with its reason: the unit of lineage.
 *
 * @param member the member decided about
 * @param kind {@link #INIT} (initial diversification), {@link #KEEP}, {@link #EXPLORE} (own
 *     weights, new hyperparameters) or {@link #EXPLOIT} (copy another member's weights and
 *     optimizer state, then explore its hyperparameters)
 * @param source the member whose weights are copied ({@link #EXPLOIT} only, else null)
 * @param sourceVersion the copied weight version ({@link #EXPLOIT} only, else -1)
 * @param frames the member's environment frames when decided
 * @param objective the member's objective value when decided (NaN at INIT)
 * @param sourceObjective the source's objective value ({@link #EXPLOIT} only, else NaN)
 * @param before hyperparameters before
 * @param after hyperparameters after
 * @param generation the member's generation after the event (an exploit makes it source's + 1)
 * @param reason a sentence a person can read
 */
public record PbtEvent(
        String member,
        String kind,
        String source,
        long sourceVersion,
        long frames,
        double objective,
        double sourceObjective,
        Hyperparameters before,
        Hyperparameters after,
        int generation,
        String reason) implements Serializable {

    public static final String INIT = "init";
    public static final String KEEP = "keep";
    public static final String EXPLORE = "explore";
    public static final String EXPLOIT = "exploit";

    public boolean copiesWeights() {
        return EXPLOIT.equals(kind);
    }
}
