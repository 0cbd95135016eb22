package dev.league.ignite;

import org.apache.ignite.cache.CacheAtomicityMode;
import org.apache.ignite.cache.CacheMode;
import org.apache.ignite.cache.CacheWriteSynchronizationMode;
import org.apache.ignite.cache.PartitionLossPolicy;
import org.apache.ignite.configuration.CacheConfiguration;

/** Names and configurations of the league's caches. */
public final class LeagueCaches {

    /** {@code member@version} to encoded weights. */
    public static final String WEIGHTS = "league-weights";
    /** Member id to its newest published weight version. */
    public static final String LATEST_VERSIONS = "league-latest-versions";
    /** Player id to current Elo rating. */
    public static final String RATINGS = "league-ratings";
    /** {@code member@version} keys kept through retention. */
    public static final String PINNED = "league-pinned-weights";
    /** Member id to its serialized {@code Member} (role, hyperparameters, version, lineage, stats). */
    public static final String MEMBERS = "league-members";
    /** {@code member#i} to the member's i-th serialized PBT event. */
    public static final String LINEAGE = "league-lineage";
    /** Match id to its serialized result, read back by the matchmaker. */
    public static final String MATCHES = "league-matches";
    /** Member id to its number of lineage events. */
    public static final String LINEAGE_COUNTS = "league-lineage-counts";

    private LeagueCaches() {}

    /**
     * Partitioned, {@code backups} copies, FULL_SYNC (a write returns once the backup has it), and
     * lost partitions fail loudly instead of reading as missing.
     */
    public static <K, V> CacheConfiguration<K, V> configuration(String name, int backups) {
        return new CacheConfiguration<K, V>(name)
                .setCacheMode(CacheMode.PARTITIONED)
                .setBackups(backups)
                .setAtomicityMode(CacheAtomicityMode.ATOMIC)
                .setWriteSynchronizationMode(CacheWriteSynchronizationMode.FULL_SYNC)
                .setPartitionLossPolicy(PartitionLossPolicy.READ_ONLY_SAFE);
    }
}
