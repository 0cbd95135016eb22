package dev.league.scenarios;

/**
 * Result of a finished episode.
 *
 * @param teamScores score of each team, shape [teams] (kills, frags, points: scenario-defined)
 * @param winnerTeam index of the winning team, or {@link #DRAW}
 * @param steps number of agent steps played
 * @param frags kills made by each team, shape [teams]
 * @param damage damage dealt by each team (health and shields), shape [teams]
 */
public record EpisodeOutcome(float[] teamScores, int winnerTeam, int steps, int[] frags, float[] damage) {

    public static final int DRAW = -1;

    /** An outcome without kill and damage statistics. */
    public EpisodeOutcome(float[] teamScores, int winnerTeam, int steps) {
        this(teamScores, winnerTeam, steps, new int[teamScores.length], new float[teamScores.length]);
    }

    public boolean isDraw() {
        return winnerTeam == DRAW;
    }

    /**
     * Finishing rank of each team, 1 = best. With a winner: the winner is 1 and every other team
     * is ranked by score behind it; without one, ranks follow the scores, equal scores sharing a
     * rank (standard competition ranking: 1, 1, 3).
     */
    public int[] ranks() {
        int[] ranks = new int[teamScores.length];
        for (int i = 0; i < teamScores.length; i++) {
            if (winnerTeam != DRAW) {
                if (i == winnerTeam) {
                    ranks[i] = 1;
                    continue;
                }
            }
            int better = 0;
            for (int j = 0; j < teamScores.length; j++) {
                boolean winnerAhead = winnerTeam != DRAW && j == winnerTeam;
                if (j != i && (winnerAhead || (j != winnerTeam && teamScores[j] > teamScores[i]))) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }
}
