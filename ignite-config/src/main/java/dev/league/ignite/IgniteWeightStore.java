package dev.league.ignite;

import dev.league.league.weights.CorruptWeightsException;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import javax.cache.Cache;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WeightStore} on Ignite caches: {@link LeagueCaches#WEIGHTS} (checksummed bytes by
 * {@code member@version}), {@link LeagueCaches#LATEST_VERSIONS} and {@link LeagueCaches#PINNED}.
 *
 * <p>The bytes are written (and, with FULL_SYNC, backed up) before the latest version moves, so
 * readers never see a version they cannot fetch. Retention keeps the last {@code keepVersions}
 * versions of each member plus every pinned version (snapshots, versions still referenced); the
 * member's learner is its only writer and numbers versions consecutively, so publishing v removes
 * v - keepVersions unless pinned.
 */
public final class IgniteWeightStore implements WeightStore {

    /** Versions kept per member by default. */
    public static final int DEFAULT_KEEP_VERSIONS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(IgniteWeightStore.class);
    private static final int MAX_CAS_ATTEMPTS = 1_000;

    private final IgniteCache<String, byte[]> weights;
    private final IgniteCache<String, Long> latest;
    private final IgniteCache<String, Boolean> pinned;
    private final int keepVersions;

    public IgniteWeightStore(Ignite ignite, int backups) {
        this(ignite, backups, DEFAULT_KEEP_VERSIONS);
    }

    public IgniteWeightStore(Ignite ignite, int backups, int keepVersions) {
        if (keepVersions < 1) {
            throw new IllegalArgumentException("weights.keepVersions must be >= 1, was " + keepVersions);
        }
        this.weights = ignite.getOrCreateCache(LeagueCaches.<String, byte[]>configuration(LeagueCaches.WEIGHTS, backups));
        this.latest = ignite.getOrCreateCache(LeagueCaches.<String, Long>configuration(LeagueCaches.LATEST_VERSIONS, backups));
        this.pinned = ignite.getOrCreateCache(LeagueCaches.<String, Boolean>configuration(LeagueCaches.PINNED, backups));
        this.keepVersions = keepVersions;
    }

    @Override
    public void publish(WeightRef ref, byte[] bytes) {
        weights.put(ref.key(), Blobs.seal(bytes));
        advanceLatest(ref);
        long expired = ref.version() - keepVersions;
        if (expired >= 0) {
            String key = new WeightRef(ref.memberId(), expired).key();
            if (!pinned.containsKey(key)) {
                weights.remove(key);
            }
        }
    }

    private void advanceLatest(WeightRef ref) {
        for (int attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
            Long current = latest.get(ref.memberId());
            if (current == null) {
                if (latest.putIfAbsent(ref.memberId(), ref.version())) {
                    return;
                }
            } else if (current >= ref.version() || latest.replace(ref.memberId(), current, ref.version())) {
                return;
            }
        }
        throw new IllegalStateException("could not advance latest version of " + ref.memberId() + " after "
                + MAX_CAS_ATTEMPTS + " attempts");
    }

    @Override
    public Optional<byte[]> get(WeightRef ref) {
        byte[] sealed = weights.get(ref.key());
        if (sealed == null) {
            return Optional.empty();
        }
        byte[] payload = Blobs.open(sealed);
        if (payload == null) {
            throw new CorruptWeightsException(ref, "checksum mismatch (" + sealed.length + " bytes stored)");
        }
        return Optional.of(payload);
    }

    @Override
    public Optional<Stored> getOrPrevious(WeightRef ref) {
        byte[] sealed = weights.get(ref.key());
        if (sealed == null) {
            Long newest = latest.get(ref.memberId());
            if (newest != null && ref.version() <= newest - keepVersions) {
                // retention removed it (the match was scheduled long ago): play the newest version instead
                LOG.debug("weights {} already removed by retention (newest {}); serving the newest", ref, newest);
                return walkBack(new WeightRef(ref.memberId(), newest), newest - keepVersions);
            }
        }
        return walkBack(ref, Math.max(0, ref.version() - keepVersions - 64));
    }

    /** The newest intact version from {@code ref} down to {@code oldest}; damaged or missing ones are skipped. */
    private Optional<Stored> walkBack(WeightRef ref, long oldest) {
        for (long version = ref.version(); version >= Math.max(0, oldest); version--) {
            WeightRef candidate = new WeightRef(ref.memberId(), version);
            try {
                Optional<byte[]> bytes = get(candidate);
                if (bytes.isPresent()) {
                    if (version != ref.version()) {
                        LOG.warn("weights {} unavailable; serving the previous good version {}", ref, candidate);
                    }
                    return Optional.of(new Stored(candidate, bytes.get()));
                }
            } catch (CorruptWeightsException corrupt) {
                LOG.warn("{}; trying the previous version", corrupt.getMessage());
            }
        }
        // pinned versions (the initial weights, snapshots) survive retention: the newest one below the walk
        long best = -1;
        String prefix = ref.memberId() + "@";
        for (Cache.Entry<String, Boolean> entry : pinned) {
            if (entry.getKey().startsWith(prefix)) {
                long version = Long.parseLong(entry.getKey().substring(prefix.length()));
                if (version < Math.max(0, oldest) && version > best) {
                    best = version;
                }
            }
        }
        if (best >= 0) {
            WeightRef candidate = new WeightRef(ref.memberId(), best);
            Optional<byte[]> bytes = get(candidate);
            if (bytes.isPresent()) {
                LOG.warn("weights {} unavailable; serving the pinned version {}", ref, candidate);
                return Optional.of(new Stored(candidate, bytes.get()));
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalLong latestVersion(String memberId) {
        Long version = latest.get(memberId);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @Override
    public Map<String, Long> latestVersions() {
        Map<String, Long> versions = new TreeMap<>();
        for (Cache.Entry<String, Long> entry : latest) {
            versions.put(entry.getKey(), entry.getValue());
        }
        return versions;
    }

    @Override
    public void pin(WeightRef ref) {
        pinned.put(ref.key(), Boolean.TRUE);
    }

    @Override
    public void unpin(WeightRef ref) {
        pinned.remove(ref.key());
    }

    /**
     * Number of stored weight blobs (all kept versions of all members), counted over primary copies.
     * Right after a server node leaves, the count is low until the partition exchange has promoted the
     * survivors' backups to primaries; the count does not wait for it.
     */
    public long storedVersions() {
        return weights.sizeLong();
    }

    /** Test and repair hook: the raw stored value of a version, as Ignite holds it. */
    byte[] raw(WeightRef ref) {
        return weights.get(ref.key());
    }

    void putRaw(WeightRef ref, byte[] sealed) {
        weights.put(ref.key(), sealed);
    }
}
