package dev.league.agents.critic;

import java.util.Arrays;

/**
 * Exact scaled dot-product attention (Vaswani et al. 2017, eq. 1) restricted to j ≠ i, as in
 * MAAC (Iqbal &amp; Sha 2019, eq. 5-6): α_ij = softmax_{j≠i}(q_i·k_j / sqrt(dh)).
 * The backward pass recomputes α rather than caching [B, heads, N, N].
 */
final class SoftmaxAttention implements AttentionKernel {

    private final int heads;
    private final int headSize;

    SoftmaxAttention(int heads, int headSize) {
        this.heads = heads;
        this.headSize = headSize;
    }

    @Override
    public Worker worker(int agents) {
        return new SoftmaxWorker(agents);
    }

    private final class SoftmaxWorker implements Worker {

        private final int n;
        private final int width = heads * headSize;
        private final double scale = 1 / Math.sqrt(headSize);
        private final double[] logits;
        private final double[] weights;
        private final double[] weightGradients;

        SoftmaxWorker(int n) {
            this.n = n;
            this.logits = new double[n];
            this.weights = new double[n];
            this.weightGradients = new double[n];
        }

        /** Fills logits (raw q·k) and weights (softmax over j ≠ i of logits·scale) for (i, h). */
        private double attend(double[] q, double[] k, int i, int h) {
            int qi = i * width + h * headSize;
            double max = Double.NEGATIVE_INFINITY;
            double squares = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                int kj = j * width + h * headSize;
                double dot = 0;
                for (int c = 0; c < headSize; c++) {
                    dot += q[qi + c] * k[kj + c];
                }
                logits[j] = dot;
                squares += dot * dot;
                max = Math.max(max, dot * scale);
            }
            double total = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    weights[j] = 0;
                    continue;
                }
                weights[j] = Math.exp(logits[j] * scale - max);
                total += weights[j];
            }
            for (int j = 0; j < n; j++) {
                weights[j] /= total;
            }
            return squares;
        }

        @Override
        public double forward(double[] q, double[] k, double[] v, double[] x) {
            double squares = 0;
            Arrays.fill(x, 0, n * width, 0);
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < n; i++) {
                    squares += attend(q, k, i, h);
                    int xi = i * width + h * headSize;
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        double a = weights[j];
                        int vj = j * width + h * headSize;
                        for (int c = 0; c < headSize; c++) {
                            x[xi + c] += a * v[vj + c];
                        }
                    }
                }
            }
            return squares;
        }

        @Override
        public void backward(double[] q, double[] k, double[] v, double[] dx, double regularizationScale,
                double[] dq, double[] dk, double[] dv) {
            Arrays.fill(dq, 0, n * width, 0);
            Arrays.fill(dk, 0, n * width, 0);
            Arrays.fill(dv, 0, n * width, 0);
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < n; i++) {
                    attend(q, k, i, h);
                    int xi = i * width + h * headSize;
                    double weighted = 0;
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        int vj = j * width + h * headSize;
                        double dot = 0;
                        double a = weights[j];
                        for (int c = 0; c < headSize; c++) {
                            dot += dx[xi + c] * v[vj + c];
                            dv[vj + c] += a * dx[xi + c];
                        }
                        weightGradients[j] = dot;
                        weighted += a * dot;
                    }
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        double logitGradient = weights[j] * (weightGradients[j] - weighted) * scale
                                + 2 * regularizationScale * logits[j];
                        int kj = j * width + h * headSize;
                        for (int c = 0; c < headSize; c++) {
                            dq[xi + c] += logitGradient * k[kj + c];
                            dk[kj + c] += logitGradient * q[xi + c];
                        }
                    }
                }
            }
        }
    }
}
