package dev.league.league;

import java.util.Map;

/**
 * The league's current ratings, written by the rating stream and read by the matchmaker, the PBT
 * controller and the CLI. Ignite-backed in production.
 */
public interface RatingStore {

    void put(String player, double rating);

    /** A snapshot of all ratings, by player id. */
    Map<String, Double> all();
}
