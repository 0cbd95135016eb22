package dev.league.league.weights;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link WeightStore} in this JVM's heap: for unit tests and single-process tools. */
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
    public OptionalLong latestVersion(String memberId) {
        Long version = latest.get(memberId);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @Override
    public Map<String, Long> latestVersions() {
        return new TreeMap<>(latest);
    }
}
