package dev.league.coordination;

/**
 * Which agents take part in the graph, and advantages normalized over them. An agent whose mask
 * allows only the no-op (action 0) — dead, or not there — is absent.
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

    /** (Â − mean) / (std + 1e-8), with mean and std over present entries only. */
    public static double[] normalized(double[] advantages, double[] present) {
        double sum = 0;
        double count = 0;
        for (int k = 0; k < advantages.length; k++) {
            sum += present[k] * advantages[k];
            count += present[k];
        }
        double mean = sum / Math.max(count, 1);
        double squares = 0;
        for (int k = 0; k < advantages.length; k++) {
            squares += present[k] * (advantages[k] - mean) * (advantages[k] - mean);
        }
        double scale = 1 / (Math.sqrt(squares / Math.max(count, 1)) + 1e-8);
        double[] out = new double[advantages.length];
        for (int k = 0; k < advantages.length; k++) {
            out[k] = (advantages[k] - mean) * scale;
        }
        return out;
    }
}
