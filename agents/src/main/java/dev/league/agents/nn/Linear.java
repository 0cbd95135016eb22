package dev.league.agents.nn;

import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Affine layer y = x W + b (no activation). Parameters live in a {@link ParameterSet}: weight W
 * [in, out] named {@code <name>.weight}, optional bias b [1, out] named {@code <name>.bias}.
 *
 * <p>Forward and backward write into caller-owned buffers, so a network can preallocate every
 * activation once per batch size. Gradients <em>accumulate</em> into the set's gradient views
 * (call {@link ParameterSet#zeroGradients()} per step), which lets one layer be applied to
 * several inputs, e.g. shared across agents.
 */
public final class Linear {

    private final int inputs;
    private final int outputs;
    private final INDArray weight;
    private final INDArray bias;
    private final INDArray weightGradient;
    private final INDArray biasGradient;

    private Linear(ParameterSet parameters, String name, int inputs, int outputs, boolean withBias) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.weight = parameters.value(name + ".weight");
        this.weightGradient = parameters.gradient(name + ".weight");
        this.bias = withBias ? parameters.value(name + ".bias") : null;
        this.biasGradient = withBias ? parameters.gradient(name + ".bias") : null;
        if (weight.rows() != inputs || weight.columns() != outputs) {
            throw new IllegalArgumentException("linear '" + name + "'.weight must be [" + inputs + ", " + outputs + "]");
        }
    }

    /** Adds this layer's parameter shapes to {@code manifest}. */
    public static void declare(List<ParameterShape> manifest, String name, int inputs, int outputs, boolean withBias) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("linear '" + name + "' sizes must be >= 1, were " + inputs + " -> " + outputs);
        }
        manifest.add(new ParameterShape(name + ".weight", new long[] {inputs, outputs}));
        if (withBias) {
            manifest.add(new ParameterShape(name + ".bias", new long[] {1, outputs}));
        }
    }

    /** The layer over parameters previously {@link #declare declared} under {@code name}. */
    public static Linear bind(ParameterSet parameters, String name, int inputs, int outputs, boolean withBias) {
        return new Linear(parameters, name, inputs, outputs, withBias);
    }

    /** PyTorch's default: W and b ~ U(-1/sqrt(in), 1/sqrt(in)). */
    public void initialize(ParameterSet parameters, String name, RandomGenerator random) {
        double bound = 1 / Math.sqrt(inputs);
        parameters.initializeUniform(name + ".weight", bound, random);
        if (bias != null) {
            parameters.initializeUniform(name + ".bias", bound, random);
        }
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /**
     * out = x W + b (or out += x W + b when {@code accumulate}).
     *
     * @param x shape [B, in]
     * @param out shape [B, out], contiguous row-major (a gemm target)
     */
    public void forward(INDArray x, INDArray out, boolean accumulate) {
        Nd4j.gemm(x, weight, out, false, false, 1.0, accumulate ? 1.0 : 0.0);
        if (bias != null) {
            // out += 1 b as a rank-1 gemm, not a row-vector broadcast: ND4J M2.1's broadcast path builds
            // TAD descriptors and crashed the JVM (SIGSEGV in sd::TadDescriptor, deeplearning4j#9278)
            // once in a multi-threaded league run; BLAS has no such state
            Nd4j.gemm(Ones.row(x.dataType(), x.rows()), bias, out, true, false, 1.0, 1.0);
        }
    }

    /** Allocating forward: returns x W + b, shape [B, out]. */
    public INDArray forward(INDArray x) {
        INDArray out = Nd4j.createUninitialized(weight.dataType(), x.rows(), outputs);
        forward(x, out, false);
        return out;
    }

    /**
     * Accumulates dL/dW += xᵀ dOut and dL/db += 1ᵀ dOut; writes (or adds, when
     * {@code accumulateInput}) dL/dx = dOut Wᵀ into {@code inputGradient} unless it is null.
     *
     * @param x the forward input, shape [B, in]
     * @param outputGradient dL/dy, shape [B, out]
     * @param inputGradient shape [B, in] or {@code null}
     */
    public void backward(INDArray x, INDArray outputGradient, INDArray inputGradient, boolean accumulateInput) {
        Nd4j.gemm(x, outputGradient, weightGradient, true, false, 1.0, 1.0);
        if (biasGradient != null) {
            Nd4j.gemm(Ones.row(x.dataType(), x.rows()), outputGradient, biasGradient, false, false, 1.0, 1.0);
        }
        if (inputGradient != null) {
            Nd4j.gemm(outputGradient, weight, inputGradient, false, true, 1.0, accumulateInput ? 1.0 : 0.0);
        }
    }

    /** Allocating backward: accumulates parameter gradients and returns dL/dx, shape [B, in]. */
    public INDArray backward(INDArray x, INDArray outputGradient) {
        INDArray inputGradient = Nd4j.createUninitialized(weight.dataType(), x.rows(), inputs);
        backward(x, outputGradient, inputGradient, false);
        return inputGradient;
    }
}
