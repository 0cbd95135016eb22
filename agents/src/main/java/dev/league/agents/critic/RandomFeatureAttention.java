package dev.league.agents.critic;

import java.util.Arrays;

/**
 * Linear attention through random features (Choromanski et al. 2021, eq. 7-8, bidirectional):
 * x_i = (φ_Q(q_i)ᵀ Σ_{j≠i} φ_K(k_j) v_jᵀ) / (φ_Q(q_i)ᵀ Σ_{j≠i} φ_K(k_j)). The sums over j ≠ i are
 * the full sums minus agent i's own term, so a row costs O(N·F·dh) instead of O(N²·dh).
 * Denominators are floored at {@value #FLOOR} (hybrid estimates can be ≤ 0).
 */
final class RandomFeatureAttention implements AttentionKernel {

    static final double FLOOR = 1e-9;

    private final int heads;
    private final int headSize;
    private final FeatureMap map;

    RandomFeatureAttention(int heads, int headSize, FeatureMap map) {
        this.heads = heads;
        this.headSize = headSize;
        this.map = map;
    }

    @Override
    public int savedSize(int agents) {
        return 0;
    }

    @Override
    public Worker worker(int agents) {
        return new FeatureWorker(agents);
    }

    private final class FeatureWorker implements Worker {

        private final int n;
        private final int f = map.dimension();
        private final int width = heads * headSize;
        private final double[] phiQ;
        private final double[] phiK;
        private final double[] state;
        private final double[] keySum;
        private final double[] self;
        private final double[] denominator;
        private final double[] dphiQ;
        private final double[] dphiK;
        private final double[] dstate;
        private final double[] dkeySum;
        private final double[] numeratorGradient;
        private final double[] denominatorGradient;

        FeatureWorker(int n) {
            this.n = n;
            phiQ = new double[n * f];
            phiK = new double[n * f];
            state = new double[f * headSize];
            keySum = new double[f];
            self = new double[n];
            denominator = new double[n];
            dphiQ = new double[n * f];
            dphiK = new double[n * f];
            dstate = new double[f * headSize];
            dkeySum = new double[f];
            numeratorGradient = new double[n * headSize];
            denominatorGradient = new double[n];
        }

        /** Features, S = Σ_j φk_j v_jᵀ [F, dh], z = Σ_j φk_j, self_i = φq_i·φk_i, den_i for head h. */
        private void prepare(double[] q, double[] k, double[] v, int h) {
            int offset = h * headSize;
            map.queries(q, width, offset, n, phiQ);
            map.keys(k, width, offset, n, phiK);
            Arrays.fill(state, 0);
            Arrays.fill(keySum, 0);
            for (int j = 0; j < n; j++) {
                int vj = j * width + offset;
                for (int e = 0; e < f; e++) {
                    double p = phiK[j * f + e];
                    keySum[e] += p;
                    int row = e * headSize;
                    for (int c = 0; c < headSize; c++) {
                        state[row + c] += p * v[vj + c];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                double d = 0;
                for (int e = 0; e < f; e++) {
                    s += phiQ[i * f + e] * phiK[i * f + e];
                    d += phiQ[i * f + e] * keySum[e];
                }
                self[i] = s;
                denominator[i] = d - s;
            }
        }

        @Override
        public double forward(double[] q, double[] k, double[] v, double[] x, double[] saved, int savedOffset) {
            for (int h = 0; h < heads; h++) {
                prepare(q, k, v, h);
                int offset = h * headSize;
                for (int i = 0; i < n; i++) {
                    int xi = i * width + offset;
                    double den = Math.max(denominator[i], FLOOR);
                    for (int c = 0; c < headSize; c++) {
                        double numerator = -self[i] * v[xi + c];
                        for (int e = 0; e < f; e++) {
                            numerator += phiQ[i * f + e] * state[e * headSize + c];
                        }
                        x[xi + c] = numerator / den;
                    }
                }
            }
            return 0;
        }

        @Override
        public void backward(double[] q, double[] k, double[] v, double[] dx, double regularizationScale,
                double[] dq, double[] dk, double[] dv, double[] saved, int savedOffset) {
            Arrays.fill(dq, 0, n * width, 0);
            Arrays.fill(dk, 0, n * width, 0);
            Arrays.fill(dv, 0, n * width, 0);
            for (int h = 0; h < heads; h++) {
                prepare(q, k, v, h);
                int offset = h * headSize;
                Arrays.fill(dphiQ, 0);
                Arrays.fill(dphiK, 0);
                Arrays.fill(dstate, 0);
                Arrays.fill(dkeySum, 0);
                for (int i = 0; i < n; i++) {
                    int xi = i * width + offset;
                    boolean floored = denominator[i] < FLOOR;
                    double den = floored ? FLOOR : denominator[i];
                    // x_i = num_i / den_i; num_i = φq_iᵀ S − self_i v_i
                    double dotDxX = 0;
                    double dotDnumV = 0;
                    for (int c = 0; c < headSize; c++) {
                        double numerator = -self[i] * v[xi + c];
                        for (int e = 0; e < f; e++) {
                            numerator += phiQ[i * f + e] * state[e * headSize + c];
                        }
                        double g = dx[xi + c] / den;
                        numeratorGradient[i * headSize + c] = g;
                        dotDxX += g * numerator;
                        dotDnumV += g * v[xi + c];
                        dv[xi + c] -= self[i] * g;
                    }
                    double dden = floored ? 0 : -dotDxX / den;
                    denominatorGradient[i] = dden;
                    // den_i = φq_i·z − self_i ; self_i = φq_i·φk_i
                    double dself = -dotDnumV - dden;
                    for (int e = 0; e < f; e++) {
                        double g = dden * keySum[e] + dself * phiK[i * f + e];
                        int row = e * headSize;
                        for (int c = 0; c < headSize; c++) {
                            g += state[row + c] * numeratorGradient[i * headSize + c];
                            dstate[row + c] += phiQ[i * f + e] * numeratorGradient[i * headSize + c];
                        }
                        dphiQ[i * f + e] += g;
                        dphiK[i * f + e] += dself * phiQ[i * f + e];
                        dkeySum[e] += dden * phiQ[i * f + e];
                    }
                }
                // S = Σ_j φk_j v_jᵀ, z = Σ_j φk_j
                for (int j = 0; j < n; j++) {
                    int vj = j * width + offset;
                    for (int e = 0; e < f; e++) {
                        int row = e * headSize;
                        double g = dkeySum[e];
                        double p = phiK[j * f + e];
                        for (int c = 0; c < headSize; c++) {
                            g += dstate[row + c] * v[vj + c];
                            dv[vj + c] += dstate[row + c] * p;
                        }
                        dphiK[j * f + e] += g;
                    }
                }
                map.queriesBackward(q, width, offset, n, phiQ, dphiQ, dq);
                map.keysBackward(k, width, offset, n, phiK, dphiK, dk);
            }
        }
    }
}
