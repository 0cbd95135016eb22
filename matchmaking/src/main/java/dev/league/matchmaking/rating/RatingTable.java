package dev.league.matchmaking.rating;

import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchmakingSpec;
import java.io.Serializable;
import java.util.Map;

/**
 * A league's streamed ratings: one online rating system applied match by match, keyed by player id
 * (members and snapshots alike). Each match result's sides are individual players; a team side
 * played by one policy (SMAC) is one player. Not thread-safe.
 *
 * <p>The displayed rating is the Elo rating for Elo, r (Glicko scale) for Glicko-2, and the
 * conservative mu - 3 sigma for TrueSkill.
 */
public interface RatingTable extends Serializable {

    /**
     * Applies one match.
     *
     * @return each side's displayed rating after the match, length T
     */
    double[] apply(MatchResult result);

    /** The player's displayed rating; a new player's if it has not played. */
    double rating(String player);

    /** Displayed ratings of every player seen, by id in sorted order. */
    Map<String, Double> ratings();

    /** The table {@code spec.ratingSystem()} names, with the spec's parameters. */
    static RatingTable create(MatchmakingSpec spec) {
        return switch (spec.ratingSystem()) {
            case "elo" -> elo(new Elo(spec.eloK(), spec.eloInitialRating(), spec.eloAnchors()));
            case "glicko2" -> glicko2(new Glicko2(spec.glickoTau()));
            case "trueskill" -> trueSkill(TrueSkill.DEFAULT.withDrawProbability(spec.trueSkillDrawProbability()));
            default -> throw new IllegalArgumentException("matchmaking.ratingSystem must be one of "
                    + MatchmakingSpec.RATING_SYSTEMS + ", was '" + spec.ratingSystem() + "'");
        };
    }

    /** Online Elo, anchors included; dense arrays inside. */
    static RatingTable elo(Elo elo) {
        return new EloRatingTable(elo);
    }

    /** Glicko-2 with one rating period per match: each side against every other side. */
    static RatingTable glicko2(Glicko2 glicko) {
        return new Glicko2RatingTable(glicko);
    }

    /** TrueSkill with every side a team of one, ranks and draws from the result. */
    static RatingTable trueSkill(TrueSkill trueSkill) {
        return new TrueSkillRatingTable(trueSkill);
    }
}
