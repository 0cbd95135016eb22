package dev.league.ignite;

import dev.league.league.MatchLog;
import dev.league.matchmaking.MatchResult;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;

/** {@link MatchLog} on {@link LeagueCaches#MATCHES}: checksummed serialized results by match id. */
public final class IgniteMatchLog implements MatchLog {

    private final IgniteCache<Long, byte[]> matches;

    public IgniteMatchLog(Ignite ignite, int backups) {
        this.matches = ignite.getOrCreateCache(LeagueCaches.<Long, byte[]>configuration(LeagueCaches.MATCHES, backups));
    }

    @Override
    public void record(MatchResult result) {
        matches.put(result.matchId(), Blobs.serialize(result));
    }

    @Override
    public Map<Long, MatchResult> results(Iterable<Long> matchIds) {
        Set<Long> keys = new HashSet<>();
        matchIds.forEach(keys::add);
        Map<Long, MatchResult> results = new TreeMap<>();
        matches.getAll(keys).forEach((id, bytes) -> results.put(id, Blobs.deserialize(bytes, MatchResult.class, "match " + id)));
        return results;
    }
}
