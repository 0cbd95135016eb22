package dev.league.agents.critic;

import java.util.random.RandomGenerator;

/**
 * Random feature maps φ_Q, φ_K with E[φ_Q(q)·φ_K(k)] ≈ SM(q, k), the softmax kernel, so that
 * attention becomes linear in the number of agents (Choromanski et al. 2021, "Rethinking
 * Attention with Performers", eq. 7). Inputs are one head's rows: row i of an agent-major
 * [N, width] array starts at {@code i * width + offset} and has {@code inputSize} columns;
 * features are [N, F] row-major.
 */
interface FeatureMap {

    /** F, the feature dimension. */
    int dimension();

    void queries(double[] x, int width, int offset, int n, double[] phi);

    void keys(double[] x, int width, int offset, int n, double[] phi);

    /** dx rows += Jᵀ dphi for the query features (dx is agent-major like x). */
    void queriesBackward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx);

    void keysBackward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx);

    /**
     * Rows of a [rows, columns] matrix of N(0, 1) entries made orthogonal in blocks of
     * {@code columns} rows (Gram-Schmidt), each row then rescaled to the norm of an independent
     * Gaussian vector, so rows are marginally N(0, I) (Performer's "orthogonal random features",
     * Choromanski et al. 2021, Sec. 2.4).
     */
    static double[][] orthogonalGaussian(int rows, int columns, RandomGenerator random) {
        double[][] w = new double[rows][columns];
        for (int start = 0; start < rows; start += columns) {
            int end = Math.min(rows, start + columns);
            for (int r = start; r < end; r++) {
                for (int c = 0; c < columns; c++) {
                    w[r][c] = random.nextGaussian();
                }
                for (int p = start; p < r; p++) {
                    double dot = 0;
                    for (int c = 0; c < columns; c++) {
                        dot += w[r][c] * w[p][c];
                    }
                    for (int c = 0; c < columns; c++) {
                        w[r][c] -= dot * w[p][c];
                    }
                }
                double norm = 0;
                for (int c = 0; c < columns; c++) {
                    norm += w[r][c] * w[r][c];
                }
                norm = Math.sqrt(norm);
                for (int c = 0; c < columns; c++) {
                    w[r][c] /= norm;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            double chi = 0;
            for (int c = 0; c < columns; c++) {
                double g = random.nextGaussian();
                chi += g * g;
            }
            chi = Math.sqrt(chi);
            for (int c = 0; c < columns; c++) {
                w[r][c] *= chi;
            }
        }
        return w;
    }

    static double[][] gaussian(int rows, int columns, RandomGenerator random) {
        double[][] w = new double[rows][columns];
        for (double[] row : w) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return w;
    }
}
