package dev.league.ignite;

import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import javax.cache.Cache;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;

/**
 * {@link WeightStore} on two Ignite caches: {@link LeagueCaches#WEIGHTS} (bytes by
 * {@code member@version}) and {@link LeagueCaches#LATEST_VERSIONS}. The bytes are written (and,
 * with FULL_SYNC, backed up) before the latest version moves, so readers never see a version
 * they cannot fetch.
 */
public final class IgniteWeightStore implements WeightStore {

    private static final int MAX_CAS_ATTEMPTS = 1_000;

    private final IgniteCache<String, byte[]> weights;
    private final IgniteCache<String, Long> latest;

    public IgniteWeightStore(Ignite ignite, int backups) {
        this.weights = ignite.getOrCreateCache(LeagueCaches.<String, byte[]>configuration(LeagueCaches.WEIGHTS, backups));
        this.latest = ignite.getOrCreateCache(LeagueCaches.<String, Long>configuration(LeagueCaches.LATEST_VERSIONS, backups));
    }

    @Override
    public void publish(WeightRef ref, byte[] bytes) {
        weights.put(ref.key(), bytes);
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
        return Optional.ofNullable(weights.get(ref.key()));
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

    /** Number of stored weight blobs (all versions of all members). */
    public long storedVersions() {
        return weights.sizeLong();
    }
}
