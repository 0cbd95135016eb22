package dev.league.coordination;

/**
 * Which agents take part in the graph. An agent whose mask allows only the no-op (action 0) — dead,
 * or not there — is absent; the learners normalize advantages over present agents only
 * ({@link dev.league.agents.learning.AdvantageNormalization#normalized(double[], double[])}).
 */
public final class Presence {

    private Presence() {}

    /** present[row, i] = 0 when agent i's mask allows only action 0, else 1; flat [R, N] from masks [R, N, A]. */
    public static double[] of(boolean[] masks, int rows, int n, int a) {
        double[] present = new double[rows * n];
        for (int k = 0; k < rows * n; k++) {
            boolean any = a == 1;
            for (int action = 1; action < a && !any; action++) {
                any = masks[k * a + action];
            }
            present[k] = any ? 1 : 0;
        }
        return present;
    }
}
