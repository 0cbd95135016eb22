package dev.league.league.weights;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where weights live, keyed by {@link WeightRef}. The production store is Ignite-backed
 * ({@code ignite-config}); {@link InMemoryWeightStore} serves single-JVM tests.
 *
 * <p>Contract: {@link #publish} stores the bytes before it advances the member's latest version,
 * so a reader that sees version v in {@link #latestVersions()} can always {@link #get} it.
 */
public interface WeightStore {

    /** Stores {@code weights} under {@code ref} and makes it the member's latest if newer. */
    void publish(WeightRef ref, byte[] weights);

    /** The bytes of exactly this version, if stored. */
    Optional<byte[]> get(WeightRef ref);

    /** The newest published version of a member. */
    OptionalLong latestVersion(String memberId);

    /** Newest published version of every member. */
    Map<String, Long> latestVersions();
}
