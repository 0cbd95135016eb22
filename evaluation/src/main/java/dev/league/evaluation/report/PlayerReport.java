package dev.league.evaluation.report;

import java.util.Map;

/**
 * One player's line in a report.
 *
 * @param player player id
 * @param rank 1-based position by {@code rating}, best first
 * @param rating Bradley–Terry maximum-likelihood rating on the Elo scale (400 points = 10:1 odds)
 * @param lower lower end of the bootstrap interval of {@code rating}
 * @param upper upper end of the bootstrap interval of {@code rating}
 * @param games matches played
 * @param wins matches won outright (its team ranked first alone)
 * @param draws matches where its team shared the first rank
 * @param losses other matches
 * @param score mean pairwise score against the opposing teams (win 1, draw 1/2), in [0, 1]
 * @param glicko Glicko-2 rating (Glicko scale, 1500 initial), matches applied in log order, one rating period each
 * @param glickoDeviation Glicko-2 rating deviation
 * @param trueSkillMean TrueSkill mean mu (25 initial)
 * @param trueSkillDeviation TrueSkill standard deviation sigma
 * @param trueSkill conservative TrueSkill, mu - 3 sigma
 * @param baseline whether the player is a baseline (scripted or random)
 * @param versusBaselines the player's record against each baseline it met, by baseline id
 */
public record PlayerReport(
        String player,
        int rank,
        double rating,
        double lower,
        double upper,
        int games,
        int wins,
        int draws,
        int losses,
        double score,
        double glicko,
        double glickoDeviation,
        double trueSkillMean,
        double trueSkillDeviation,
        double trueSkill,
        boolean baseline,
        Map<String, HeadToHead> versusBaselines) {

    public PlayerReport {
        if (player == null || player.isBlank()) {
            throw new IllegalArgumentException("player.player must be non-blank, was '" + player + "'");
        }
        if (!(lower <= rating && rating <= upper)) {
            throw new IllegalArgumentException("player." + player + ".rating must lie in [lower, upper], was " + rating
                    + " [" + lower + ", " + upper + "]");
        }
        if (games != wins + draws + losses) {
            throw new IllegalArgumentException("player." + player + ".games must equal wins + draws + losses, was " + games);
        }
        versusBaselines = Map.copyOf(versusBaselines);
    }

    /**
     * A player's record against one opponent.
     *
     * @param games pairwise games (one per match in which they were on opposing teams), >= 1
     * @param winRate (wins + draws / 2) / games, in [0, 1]
     */
    public record HeadToHead(int games, double winRate) {
        public HeadToHead {
            if (games < 1 || !(winRate >= 0 && winRate <= 1)) {
                throw new IllegalArgumentException("headToHead must have games >= 1 and winRate in [0, 1], was "
                        + games + ", " + winRate);
            }
        }
    }
}
