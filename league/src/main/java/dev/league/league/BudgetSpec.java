package dev.league.league;

import java.util.Locale;

/**
 * How long a league trains (the league file's {@code budget:} block): whichever limit is reached
 * first ends the run; 0 means no limit of that kind, and with both at 0 the run ends after
 * {@code rounds}.
 *
 * @param frames environment frames (steps of one game) over all matches, &gt;= 0 (0)
 * @param minutes wall-clock minutes from the start of training, &gt;= 0 (0)
 */
public record BudgetSpec(Long frames, Double minutes) implements java.io.Serializable {

    public static final BudgetSpec NONE = new BudgetSpec(null, null);

    public BudgetSpec {
        frames = frames == null ? 0L : frames;
        minutes = minutes == null ? 0.0 : minutes;
        if (frames < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "budget.frames must be >= 0, was %d", frames));
        }
        if (!(minutes >= 0) || Double.isInfinite(minutes)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "budget.minutes must be finite and >= 0, was %s", minutes));
        }
    }

    public boolean hasFrames() {
        return frames > 0;
    }

    public boolean hasMinutes() {
        return minutes > 0;
    }
}
