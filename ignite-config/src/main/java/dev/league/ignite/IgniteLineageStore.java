package dev.league.ignite;

import dev.league.league.LineageStore;
import dev.league.league.pbt.PbtEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;

/**
 * {@link LineageStore} on {@link LeagueCaches#LINEAGE}: event {@code i} of member {@code m} under
 * key {@code m#i}, with the count under {@code m#count}. One writer (the PBT operator) at a time.
 */
public final class IgniteLineageStore implements LineageStore {

    private final IgniteCache<String, byte[]> lineage;
    private final IgniteCache<String, Long> counts;

    public IgniteLineageStore(Ignite ignite, int backups) {
        this.lineage = ignite.getOrCreateCache(LeagueCaches.<String, byte[]>configuration(LeagueCaches.LINEAGE, backups));
        this.counts = ignite.getOrCreateCache(LeagueCaches.<String, Long>configuration(LeagueCaches.LINEAGE_COUNTS, backups));
    }

    @Override
    public void append(PbtEvent event) {
        Long count = counts.get(event.member());
        long index = count == null ? 0 : count;
        lineage.put(event.member() + "#" + index, Blobs.serialize(event));
        counts.put(event.member(), index + 1);
    }

    @Override
    public List<PbtEvent> events(String member) {
        Long count = counts.get(member);
        List<PbtEvent> events = new ArrayList<>();
        for (long i = 0; count != null && i < count; i++) {
            events.add(Blobs.deserialize(lineage.get(member + "#" + i), PbtEvent.class, "lineage " + member + "#" + i));
        }
        return events;
    }
}
