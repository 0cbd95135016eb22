package dev.league.league.weights;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link WeightStore} in this JVM's heap, keeping every version: for tests and single-process tools. */
public final class InMemoryWeightStore implements WeightStore {

    private final Map<String, byte[]> weights = new ConcurrentHashMap<>();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();

    @Override
    public void publish(WeightRef ref, byte[] bytes) {
        weights.put(ref.key(), bytes.clone());
        latest.merge(ref.memberId(), ref.version(), Math::max);
    }

    @Override
    public Optional<byte[]> get(WeightRef ref) {
        return Optional.ofNullable(weights.get(ref.key())).map(byte[]::clone);
    }

    @Override
    public Optional<Stored> getOrPrevious(WeightRef ref) {
        for (long version = ref.version(); version >= 0; version--) {
            WeightRef candidate = new WeightRef(ref.memberId(), version);
            Optional<byte[]> bytes = get(candidate);
            if (bytes.isPresent()) {
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
        return new TreeMap<>(latest);
    }

    @Override
    public void pin(WeightRef ref) {
        // every version is kept
    }

    @Override
    public void unpin(WeightRef ref) {
        // every version is kept
    }
}
