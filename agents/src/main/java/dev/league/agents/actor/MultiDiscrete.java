package dev.league.agents.actor;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A tuple of discrete components (e.g. the shooter's move × strafe × turn × fire) encoded as one
 * flat index in mixed radix, first component most significant:
 * flat = ((a_0 · n_1 + a_1) · n_2 + a_2) …, so A = Π n_c. A plain discrete space is the case of one
 * component.
 *
 * <p>The policy has one logit block per component (Σ n_c logits). Masks are given over the flat
 * index; component c is sampled from a softmax over the values that leave at least one allowed
 * completion given the components already drawn, so a masked flat action has probability 0 and is
 * never chosen. Then log π(a) = Σ_c log π_c(a_c | a_&lt;c), and the entropy used as a bonus is
 * Σ_c H(π_c(· | a_&lt;c)) along the taken action (one-sample chain-rule estimate; exact for one
 * component). All methods work on one row: logits from {@code logitOffset}, mask (length A) from
 * {@code maskOffset}; a {@code null} mask allows everything.
 */
public final class MultiDiscrete {

    private final int[] sizes;
    private final int[] strides;
    private final int[] logitOffsets;
    private final int flatSize;
    private final int logitSize;
    private final int maxSize;

    public MultiDiscrete(List<Integer> sizes) {
        if (sizes == null || sizes.isEmpty()) {
            throw new IllegalArgumentException("multiDiscrete.sizes must list at least one component");
        }
        this.sizes = new int[sizes.size()];
        for (int c = 0; c < this.sizes.length; c++) {
            this.sizes[c] = sizes.get(c);
            if (this.sizes[c] < 1) {
                throw new IllegalArgumentException("multiDiscrete.sizes[" + c + "] must be >= 1, was " + this.sizes[c]);
            }
        }
        this.strides = new int[this.sizes.length];
        this.logitOffsets = new int[this.sizes.length];
        long flat = 1;
        for (int c = this.sizes.length - 1; c >= 0; c--) {
            strides[c] = (int) flat;
            flat *= this.sizes[c];
            if (flat > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("multiDiscrete flat size overflows int: " + sizes);
            }
        }
        int offset = 0;
        for (int c = 0; c < this.sizes.length; c++) {
            logitOffsets[c] = offset;
            offset += this.sizes[c];
        }
        this.flatSize = (int) flat;
        this.logitSize = offset;
        this.maxSize = Arrays.stream(this.sizes).max().orElse(1);
    }

    /** A = Π n_c. */
    public int flatSize() {
        return flatSize;
    }

    /** Σ n_c, the policy head's width. */
    public int logitSize() {
        return logitSize;
    }

    public int components() {
        return sizes.length;
    }

    public int flatIndex(int... components) {
        if (components.length != sizes.length) {
            throw new IllegalArgumentException("expected " + sizes.length + " components, got " + components.length);
        }
        int flat = 0;
        for (int c = 0; c < sizes.length; c++) {
            if (components[c] < 0 || components[c] >= sizes[c]) {
                throw new IllegalArgumentException("component " + c + " must be in [0, " + sizes[c] + "), was " + components[c]);
            }
            flat += components[c] * strides[c];
        }
        return flat;
    }

    public int[] components(int flat) {
        if (flat < 0 || flat >= flatSize) {
            throw new IllegalArgumentException("flat action must be in [0, " + flatSize + "), was " + flat);
        }
        int[] components = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            components[c] = flat / strides[c] % sizes[c];
        }
        return components;
    }

    /** allowed[v] for component c given the flat block start of the prefix; returns the count. */
    private int allowed(int c, int prefixStart, boolean[] mask, int maskOffset, boolean[] allowed) {
        int count = 0;
        for (int v = 0; v < sizes[c]; v++) {
            boolean any = mask == null;
            int from = prefixStart + v * strides[c];
            for (int f = from; !any && f < from + strides[c]; f++) {
                any = mask[maskOffset + f];
            }
            allowed[v] = any;
            count += any ? 1 : 0;
        }
        return count;
    }

    /** p over component c's values (0 where not allowed). */
    private void probabilities(double[] logits, int offset, boolean[] allowed, int size, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < size; v++) {
            if (allowed[v]) {
                max = Math.max(max, logits[offset + v]);
            }
        }
        double total = 0;
        for (int v = 0; v < size; v++) {
            p[v] = allowed[v] ? Math.exp(logits[offset + v] - max) : 0;
            total += p[v];
        }
        for (int v = 0; v < size; v++) {
            p[v] /= total;
        }
    }

    private int maxSize() {
        return maxSize;
    }

    /**
     * π(a) for every flat action a into {@code out[outOffset .. outOffset + A)} (0 where masked).
     * One softmax for a single component; the chain rule over components otherwise.
     */
    public void flatProbabilities(double[] logits, int logitOffset, boolean[] mask, int maskOffset, double[] out,
            int outOffset) {
        if (sizes.length == 1) {
            boolean[] allowed = new boolean[flatSize];
            double[] p = new double[flatSize];
            if (allowed(0, 0, mask, maskOffset, allowed) == 0) {
                throw new IllegalArgumentException("no available action in mask");
            }
            probabilities(logits, logitOffset, allowed, flatSize, p);
            System.arraycopy(p, 0, out, outOffset, flatSize);
            return;
        }
        for (int f = 0; f < flatSize; f++) {
            out[outOffset + f] = mask == null || mask[maskOffset + f]
                    ? Math.exp(evaluate(logits, logitOffset, mask, maskOffset, f, 0, 0, null).logProbability()) : 0;
        }
    }

    /** Draws a flat action whose mask entry is true. */
    public int sample(double[] logits, int logitOffset, boolean[] mask, int maskOffset, RandomGenerator random) {
        boolean[] allowed = new boolean[maxSize()];
        double[] p = new double[maxSize()];
        int prefixStart = 0;
        for (int c = 0; c < sizes.length; c++) {
            if (allowed(c, prefixStart, mask, maskOffset, allowed) == 0) {
                throw new IllegalArgumentException("no available action in mask");
            }
            probabilities(logits, logitOffset + logitOffsets[c], allowed, sizes[c], p);
            double u = random.nextDouble();
            int chosen = -1;
            double cumulative = 0;
            for (int v = 0; v < sizes[c]; v++) {
                if (!allowed[v]) {
                    continue;
                }
                chosen = v;
                cumulative += p[v];
                if (u < cumulative) {
                    break;
                }
            }
            prefixStart += chosen * strides[c];
        }
        return prefixStart;
    }

    /** Result of {@link #evaluate}: log π(a) and the entropy bonus term. */
    public record Evaluation(double logProbability, double entropy) {}

    /**
     * log π(a) and Σ_c H_c, and when {@code logitGradients} is non-null, adds
     * dLogProbability · ∂log π(a)/∂logits + dEntropy · ∂H/∂logits into it at {@code logitOffset}.
     */
    public Evaluation evaluate(double[] logits, int logitOffset, boolean[] mask, int maskOffset, int flatAction,
            double dLogProbability, double dEntropy, double[] logitGradients) {
        int[] action = components(flatAction);
        if (mask != null && !mask[maskOffset + flatAction]) {
            throw new IllegalArgumentException("action " + flatAction + " is masked");
        }
        boolean[] allowed = new boolean[maxSize()];
        double[] p = new double[maxSize()];
        double logProbability = 0;
        double entropy = 0;
        int prefixStart = 0;
        for (int c = 0; c < sizes.length; c++) {
            allowed(c, prefixStart, mask, maskOffset, allowed);
            int offset = logitOffset + logitOffsets[c];
            probabilities(logits, offset, allowed, sizes[c], p);
            double h = 0;
            for (int v = 0; v < sizes[c]; v++) {
                if (p[v] > 0) {
                    h -= p[v] * Math.log(p[v]);
                }
            }
            logProbability += Math.log(p[action[c]]);
            entropy += h;
            if (logitGradients != null) {
                for (int v = 0; v < sizes[c]; v++) {
                    if (!allowed[v]) {
                        continue;
                    }
                    double logP = Math.log(p[v]);
                    double g = dLogProbability * ((v == action[c] ? 1 : 0) - p[v]) - dEntropy * p[v] * (logP + h);
                    logitGradients[offset + v] += g;
                }
            }
            prefixStart += action[c] * strides[c];
        }
        return new Evaluation(logProbability, entropy);
    }

    @Override
    public String toString() {
        return "MultiDiscrete" + Arrays.toString(sizes);
    }
}
