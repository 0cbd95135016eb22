package dev.league.scenarios;

/**
 * Result of a finished episode.
 *
 * @param teamScores score of each team, shape [teams] (frags, kills, points: scenario-defined)
 * @param winnerTeam index of the winning team, or {@link #DRAW}
 * @param steps number of steps played
 */
public record EpisodeOutcome(float[] teamScores, int winnerTeam, int steps) {

    public static final int DRAW = -1;

    public boolean isDraw() {
        return winnerTeam == DRAW;
    }

    /**
     * Finishing rank of each team, 1 = best, equal scores share a rank (standard competition
     * ranking: 1, 1, 3).
     */
    public int[] ranks() {
        int[] ranks = new int[teamScores.length];
        for (int i = 0; i < teamScores.length; i++) {
            int better = 0;
            for (float other : teamScores) {
                if (other > teamScores[i]) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }
}
