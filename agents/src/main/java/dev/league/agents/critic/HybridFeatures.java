package dev.league.agents.critic;

import java.util.random.RandomGenerator;

/**
 * Hybrid random features (Choromanski et al., "Hybrid Random Features", ICLR 2022, Sec. 3;
 * angular hybrid of Sec. 3.1): on inputs normalized to a common norm τ,
 *
 * <pre>
 *   SM^hyb(x, y) = λ̂(x, y) · SM⁺(x, y) + (1 − λ̂(x, y)) · SM^trig(x, y),
 *   λ̂(x, y)     = 1/2 − φ_λ(x)·φ_λ(y),  φ_λ(x) = sign(U x)/√(2r)   (E λ̂ = θ_xy / π)
 * </pre>
 *
 * so the positive estimator carries weight θ/π (it is exact at θ = π) and the trigonometric one
 * 1 − θ/π (exact at θ = 0): the estimate has zero variance at both ends. (The public HRF notebook
 * labels its two terms the other way round; see reference-facts §7.) Written as one inner product
 * with asymmetric features, F = 3m(1 + r):
 * φ_Q = [√½ φ⁺, −φ_λ⊗φ⁺, √½ φ^trig, φ_λ⊗φ^trig], φ_K = [√½ φ⁺, φ_λ⊗φ⁺, √½ φ^trig, φ_λ⊗φ^trig].
 * The estimate may be negative; sign features have zero gradient.
 */
final class HybridFeatures implements FeatureMap {

    private final int inputSize;
    private final int features;
    private final int angular;
    private final double norm;
    private final double[][] positive;
    private final double[][] trigonometric;
    private final double[][] angles;

    HybridFeatures(int inputSize, int features, int angularFeatures, double norm, RandomGenerator random) {
        this.inputSize = inputSize;
        this.features = features;
        this.angular = angularFeatures;
        this.norm = norm;
        this.positive = FeatureMap.orthogonalGaussian(features, inputSize, random);
        this.trigonometric = FeatureMap.orthogonalGaussian(features, inputSize, random);
        this.angles = FeatureMap.gaussian(angularFeatures, inputSize, random);
    }

    @Override
    public int dimension() {
        return 3 * features * (1 + angular);
    }

    private int positiveOuter() {
        return features;
    }

    private int trigonometricPlain() {
        return features * (1 + angular);
    }

    private int trigonometricOuter() {
        return features * (1 + angular) + 2 * features;
    }

    /** Per-row intermediates: normalized input, φ⁺ [m], φ^trig [2m], φ_λ [r]. */
    private final class Row {
        final double[] unit = new double[inputSize];
        final double[] a = new double[features];
        final double[] t = new double[2 * features];
        final double[] l = new double[angular];
        double length;

        void compute(double[] x, int start) {
            double squared = 0;
            for (int c = 0; c < inputSize; c++) {
                squared += x[start + c] * x[start + c];
            }
            length = Math.max(Math.sqrt(squared), 1e-12);
            for (int c = 0; c < inputSize; c++) {
                unit[c] = x[start + c] * norm / length;
            }
            double positiveScale = Math.exp(-norm * norm / 2) / Math.sqrt(features);
            double trigScale = Math.exp(norm * norm / 2) / Math.sqrt(features);
            for (int f = 0; f < features; f++) {
                a[f] = Math.exp(dot(positive[f], unit)) * positiveScale;
                double angle = dot(trigonometric[f], unit);
                t[f] = Math.sin(angle) * trigScale;
                t[features + f] = Math.cos(angle) * trigScale;
            }
            double signScale = 1 / Math.sqrt(2.0 * angular);
            for (int r = 0; r < angular; r++) {
                l[r] = Math.signum(dot(angles[r], unit)) * signScale;
            }
        }

        private double dot(double[] w, double[] u) {
            double total = 0;
            for (int c = 0; c < inputSize; c++) {
                total += w[c] * u[c];
            }
            return total;
        }
    }

    private void map(double[] x, int width, int offset, int n, double[] phi, double sign) {
        Row row = new Row();
        int size = dimension();
        double half = Math.sqrt(0.5);
        for (int i = 0; i < n; i++) {
            row.compute(x, i * width + offset);
            int base = i * size;
            for (int f = 0; f < features; f++) {
                phi[base + f] = half * row.a[f];
            }
            for (int r = 0; r < angular; r++) {
                for (int f = 0; f < features; f++) {
                    phi[base + positiveOuter() + r * features + f] = sign * row.l[r] * row.a[f];
                }
            }
            for (int e = 0; e < 2 * features; e++) {
                phi[base + trigonometricPlain() + e] = half * row.t[e];
            }
            for (int r = 0; r < angular; r++) {
                for (int e = 0; e < 2 * features; e++) {
                    phi[base + trigonometricOuter() + r * 2 * features + e] = row.l[r] * row.t[e];
                }
            }
        }
    }

    private void mapBackward(double[] x, int width, int offset, int n, double[] dphi, double[] dx, double sign) {
        Row row = new Row();
        int size = dimension();
        double half = Math.sqrt(0.5);
        double[] da = new double[features];
        double[] dt = new double[2 * features];
        double[] dunit = new double[inputSize];
        for (int i = 0; i < n; i++) {
            int start = i * width + offset;
            row.compute(x, start);
            int base = i * size;
            for (int f = 0; f < features; f++) {
                double g = half * dphi[base + f];
                for (int r = 0; r < angular; r++) {
                    g += sign * row.l[r] * dphi[base + positiveOuter() + r * features + f];
                }
                da[f] = g;
            }
            for (int e = 0; e < 2 * features; e++) {
                double g = half * dphi[base + trigonometricPlain() + e];
                for (int r = 0; r < angular; r++) {
                    g += row.l[r] * dphi[base + trigonometricOuter() + r * 2 * features + e];
                }
                dt[e] = g;
            }
            java.util.Arrays.fill(dunit, 0);
            for (int f = 0; f < features; f++) {
                double ga = da[f] * row.a[f];
                double gt = dt[f] * row.t[features + f] - dt[features + f] * row.t[f];
                for (int c = 0; c < inputSize; c++) {
                    dunit[c] += ga * positive[f][c] + gt * trigonometric[f][c];
                }
            }
            // through x̃ = τ x/‖x‖: dx = (τ/‖x‖) (dx̃ − x̂ (x̂·dx̃))
            double radial = 0;
            for (int c = 0; c < inputSize; c++) {
                radial += row.unit[c] / norm * dunit[c];
            }
            for (int c = 0; c < inputSize; c++) {
                dx[start + c] += norm / row.length * (dunit[c] - row.unit[c] / norm * radial);
            }
        }
    }

    @Override
    public void queries(double[] x, int width, int offset, int n, double[] phi) {
        map(x, width, offset, n, phi, -1);
    }

    @Override
    public void keys(double[] x, int width, int offset, int n, double[] phi) {
        map(x, width, offset, n, phi, 1);
    }

    @Override
    public void queriesBackward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx) {
        mapBackward(x, width, offset, n, dphi, dx, -1);
    }

    @Override
    public void keysBackward(double[] x, int width, int offset, int n, double[] phi, double[] dphi, double[] dx) {
        mapBackward(x, width, offset, n, dphi, dx, 1);
    }

    /** The kernel estimate φ_Q(x)·φ_K(y) for two vectors of length d (test and diagnostics). */
    double estimate(double[] x, double[] y) {
        double[] px = new double[dimension()];
        double[] py = new double[dimension()];
        queries(x, inputSize, 0, 1, px);
        keys(y, inputSize, 0, 1, py);
        double total = 0;
        for (int f = 0; f < px.length; f++) {
            total += px[f] * py[f];
        }
        return total;
    }
}
