package dev.league.flink.job;

import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.matchmaking.rating.RatingUpdate;

/**
 * One output of the league job, for a single collecting sink: exactly one field is set.
 *
 * @param rating a rating update (one per match)
 * @param training a learner update
 * @param pbt a PBT decision
 */
public record LeagueEvent(RatingUpdate rating, TrainingStats training, PbtEvent pbt) {

    static LeagueEvent of(RatingUpdate rating) {
        return new LeagueEvent(rating, null, null);
    }

    static LeagueEvent of(TrainingStats training) {
        return new LeagueEvent(null, training, null);
    }

    static LeagueEvent of(PbtEvent pbt) {
        return new LeagueEvent(null, null, pbt);
    }
}
