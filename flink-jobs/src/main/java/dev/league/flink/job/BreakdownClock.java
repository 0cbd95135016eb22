package dev.league.flink.job;

/** Says, at most every 30 s, that an operator should log its cumulative breakdown, and how long it has run. */
final class BreakdownClock {

    private static final long PERIOD_NANOS = 30_000_000_000L;

    private final long opened = System.nanoTime();
    private long last = opened;

    /** True at most once per period. */
    boolean due() {
        long now = System.nanoTime();
        if (now - last < PERIOD_NANOS) {
            return false;
        }
        last = now;
        return true;
    }

    /** Seconds since the operator opened. */
    double seconds() {
        return (System.nanoTime() - opened) / 1e9;
    }
}
