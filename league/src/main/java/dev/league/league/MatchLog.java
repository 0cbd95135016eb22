package dev.league.league;

import dev.league.matchmaking.MatchResult;
import java.util.Map;

/**
 * Played matches by id: how results travel back to the matchmaker (the league's loop closes
 * through the store, not through a Flink iteration).
 */
public interface MatchLog {

    void record(MatchResult result);

    /** The results of those of {@code matchIds} that have been played, by id. */
    Map<Long, MatchResult> results(Iterable<Long> matchIds);
}
