package dev.league.ignite;

import dev.league.league.RatingStore;
import java.util.Map;
import java.util.TreeMap;
import javax.cache.Cache;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;

/** {@link RatingStore} on the {@link LeagueCaches#RATINGS} cache. */
public final class IgniteRatingStore implements RatingStore {

    private final IgniteCache<String, Double> ratings;

    public IgniteRatingStore(Ignite ignite, int backups) {
        this.ratings = ignite.getOrCreateCache(LeagueCaches.<String, Double>configuration(LeagueCaches.RATINGS, backups));
    }

    @Override
    public void put(String player, double rating) {
        ratings.put(player, rating);
    }

    @Override
    public Map<String, Double> all() {
        Map<String, Double> all = new TreeMap<>();
        for (Cache.Entry<String, Double> entry : ratings) {
            all.put(entry.getKey(), entry.getValue());
        }
        return all;
    }
}
