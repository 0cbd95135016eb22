package dev.league.league.weights;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where weights live, keyed by {@link WeightRef}. The production store is Ignite-backed
 * ({@code ignite-config}); {@link InMemoryWeightStore} serves single-JVM tests.
 *
 * <p>Contract: {@link #publish} stores the bytes before it advances the member's latest version,
 * so a reader that sees version v in {@link #latestVersions()} can always {@link #get} it (unless
 * retention removed it because it is older than the versions kept and not pinned).
 */
public interface WeightStore {

    /** Bytes and the version they belong to. */
    record Stored(WeightRef ref, byte[] bytes) {}

    /** Stores {@code weights} under {@code ref} and makes it the member's latest if newer. */
    void publish(WeightRef ref, byte[] weights);

    /**
     * The bytes of exactly this version, if stored.
     *
     * @throws CorruptWeightsException if the stored bytes fail their checksum
     */
    Optional<byte[]> get(WeightRef ref);

    /**
     * This version if it is stored and intact; if retention already removed it, the member's newest
     * intact version; if it is damaged or missing otherwise, the newest older intact version (with
     * a warning).
     */
    Optional<Stored> getOrPrevious(WeightRef ref);

    /** The newest published version of a member. */
    OptionalLong latestVersion(String memberId);

    /** Newest published version of every member. */
    Map<String, Long> latestVersions();

    /** Keeps a version through retention (snapshots, versions the league still references). */
    void pin(WeightRef ref);

    /** Lets retention remove a pinned version again. */
    void unpin(WeightRef ref);
}
