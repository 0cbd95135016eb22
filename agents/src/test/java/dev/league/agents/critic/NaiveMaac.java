package dev.league.agents.critic;

import dev.league.agents.nn.ParameterSet;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A loop-by-loop MAAC critic forward pass, the reference for the fast path (test support). */
final class NaiveMaac {

    private NaiveMaac() {}

    static double[][][] qValues(ParameterSet p, List<Integer> observations, List<Integer> actions, int hidden, int heads,
            CriticBatch batch) {
        int n = observations.size();
        int size = hidden / heads;
        double[][][] result = new double[n][batch.size()][];
        for (int b = 0; b < batch.size(); b++) {
            double[][] e = new double[n][];
            double[][] s = new double[n][];
            for (int i = 0; i < n; i++) {
                int d = observations.get(i);
                double[] o = new double[d];
                double[] sa = new double[d + actions.get(i)];
                for (int c = 0; c < d; c++) {
                    o[c] = batch.observations().get(i).getDouble(b, c);
                    sa[c] = o[c];
                }
                sa[d + batch.actions()[b * n + i]] = 1;
                e[i] = leaky(affine(sa, p, "critic.agent" + i + ".stateActionEncoder", true));
                s[i] = leaky(affine(o, p, "critic.agent" + i + ".stateEncoder", true));
            }
            for (int i = 0; i < n; i++) {
                double[] q = affine(s[i], p, "critic.query", false);
                double[] x = new double[hidden];
                for (int h = 0; h < heads; h++) {
                    double[] logits = new double[n];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        double[] k = affine(e[j], p, "critic.key", false);
                        for (int c = h * size; c < (h + 1) * size; c++) {
                            logits[j] += q[c] * k[c];
                        }
                        logits[j] /= Math.sqrt(size);
                        max = Math.max(max, logits[j]);
                    }
                    double total = 0;
                    for (int j = 0; j < n; j++) {
                        total += j == i ? 0 : Math.exp(logits[j] - max);
                    }
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        double[] v = leaky(affine(e[j], p, "critic.value", true));
                        double weight = Math.exp(logits[j] - max) / total;
                        for (int c = h * size; c < (h + 1) * size; c++) {
                            x[c] += weight * v[c];
                        }
                    }
                }
                double[] z = affine(s[i], p, "critic.agent" + i + ".head.state", true);
                double[] zx = affine(x, p, "critic.agent" + i + ".head.attention", false);
                for (int c = 0; c < hidden; c++) {
                    z[c] += zx[c];
                }
                result[i][b] = affine(leaky(z), p, "critic.agent" + i + ".head.output", true);
            }
        }
        return result;
    }

    private static double[] affine(double[] x, ParameterSet p, String name, boolean bias) {
        INDArray w = p.value(name + ".weight");
        double[] y = new double[Math.toIntExact(w.columns())];
        for (int o = 0; o < y.length; o++) {
            double total = bias ? p.value(name + ".bias").getDouble(0, o) : 0;
            for (int c = 0; c < x.length; c++) {
                total += x[c] * w.getDouble(c, o);
            }
            y[o] = total;
        }
        return y;
    }

    private static double[] leaky(double[] x) {
        double[] y = new double[x.length];
        for (int c = 0; c < x.length; c++) {
            y[c] = x[c] > 0 ? x[c] : 0.01 * x[c];
        }
        return y;
    }
}
