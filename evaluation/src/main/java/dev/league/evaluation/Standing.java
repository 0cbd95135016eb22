package dev.league.evaluation;

/**
 * One player's line in a ranking.
 *
 * @param player player id
 * @param rating Elo-scale rating
 * @param version weight version ranked (-1 for scripted players)
 * @param wins wins
 * @param draws draws
 * @param losses losses
 */
public record Standing(String player, double rating, long version, int wins, int draws, int losses) {

    public int games() {
        return wins + draws + losses;
    }

    /** (wins + draws / 2) / games, or 0 without games. */
    public double score() {
        return games() == 0 ? 0 : (wins + 0.5 * draws) / games();
    }
}
