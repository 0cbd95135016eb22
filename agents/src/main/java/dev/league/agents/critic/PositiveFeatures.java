package dev.league.agents.critic;

import java.util.random.RandomGenerator;

/**
 * FAVOR+ positive random features (Choromanski et al. 2021, Lemma 1):
 * φ⁺(x) = exp(−‖x‖²/2)/√m · [exp(w_1·x), …, exp(w_m·x)] on x' = x · d^(-1/4), so that
 * E[φ⁺(q')·φ⁺(k')] = exp(q·k/√d). For stability, as in the reference code, each query row's
 * largest exponent and the largest key exponent over all agents are subtracted; both constants
 * cancel between the attention numerator and denominator, so outputs and gradients are exact.
 */
final class PositiveFeatures implements FeatureMap {

    private final int inputSize;
    private final int features;
    private final double inputScale;
    private final double[][] projection;

    PositiveFeatures(int inputSize, int features, RandomGenerator random) {
        this.inputSize = inputSize;
        this.features = features;
        this.inputScale = Math.pow(inputSize, -0.25);
        this.projection = FeatureMap.orthogonalGaussian(features, inputSize, random);
    }

    @Override
    public int dimension() {
        return features;
    }

    /** u[i*m + f] = w_f·x'_i − ‖x'_i‖²/2. */
    private void exponents(double[] x, int width, int offset, int n, double[] u) {
        for (int i = 0; i < n; i++) {
            int row = i * width + offset;
            double squared = 0;
            for (int c = 0; c < inputSize; c++) {
                double value = x[row + c] * inputScale;
                squared += value * value;
            }
            for (int f = 0; f < features; f++) {
                double[] w = projection[f];
                double dot = 0;
                for (int c = 0; c < inputSize; c++) {
                    dot += w[c] * x[row + c];
                }
                u[i * features + f] = dot * inputScale - squared / 2;
            }
        }
    }

    @Override
    public void queries(double[] x, int width, int offset, int n, double[] phi) {
        exponents(x, width, offset, n, phi);
        double norm = 1 / Math.sqrt(features);
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < features; f++) {
                max = Math.max(max, phi[i * features + f]);
            }
            for (int f = 0; f < features; f++) {
                phi[i * features + f] = Math.exp(phi[i * features + f] - max) * norm;
            }
        }
    }

    @Override
    public void keys(double[] x, int width, int offset, int n, double[] phi) {
        exponents(x, width, offset, n, phi);
        double max = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < n * features; e++) {
            max = Math.max(max, phi[e]);
        }
        double norm = 1 / Math.sqrt(features);
        for (int e = 0; e < n * features; e++) {
            phi[e] = Math.exp(phi[e] - max) * norm;
        }
    }

    /** dφ_f/dx' = φ_f (w_f − x'), and dx = d^(-1/4) dx'. */
    private void backward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx) {
        for (int i = 0; i < n; i++) {
            int row = i * width + offset;
            double total = 0;
            for (int f = 0; f < features; f++) {
                double g = dphi[i * features + f] * phi[i * features + f];
                total += g;
                double[] w = projection[f];
                for (int c = 0; c < inputSize; c++) {
                    dx[row + c] += g * w[c] * inputScale;
                }
            }
            for (int c = 0; c < inputSize; c++) {
                dx[row + c] -= total * x[row + c] * inputScale * inputScale;
            }
        }
    }

    @Override
    public void queriesBackward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx) {
        backward(x, width, offset, n, phi, dphi, dx);
    }

    @Override
    public void keysBackward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx) {
        backward(x, width, offset, n, phi, dphi, dx);
    }
}
