package dev.league.agents.nn;

import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Gated recurrent unit (Cho et al. 2014, eq. 5-8), in PyTorch's {@code nn.GRUCell} convention:
 *
 * <pre>
 *   r  = σ(x W_ir + b_ir + h W_hr + b_hr)
 *   z  = σ(x W_iz + b_iz + h W_hz + b_hz)
 *   n  = tanh(x W_in + b_in + r ⊙ (h W_hn + b_hn))
 *   h' = (1 − z) ⊙ n + z ⊙ h
 * </pre>
 *
 * Parameters: {@code <name>.input} W_i [D, 3H] and {@code <name>.hidden} W_h [H, 3H] (gate blocks
 * r, z, n along the columns), each with a bias [1, 3H].
 */
public final class GruCell {

    private final int hiddenSize;
    private final Linear input;
    private final Linear hidden;

    /** Values kept by {@link #forward} for {@link #backward}; all [B, H] except x [B, D]. */
    public record Step(INDArray x, INDArray h, INDArray r, INDArray z, INDArray n, INDArray hiddenCandidate, INDArray output) {}

    /** dL/dx [B, D] and dL/dh [B, H]. */
    public record Gradients(INDArray input, INDArray hidden) {}

    private GruCell(ParameterSet parameters, String name, int inputSize, int hiddenSize) {
        this.hiddenSize = hiddenSize;
        this.input = Linear.bind(parameters, name + ".input", inputSize, 3 * hiddenSize, true);
        this.hidden = Linear.bind(parameters, name + ".hidden", hiddenSize, 3 * hiddenSize, true);
    }

    public static void declare(List<ParameterShape> manifest, String name, int inputSize, int hiddenSize) {
        Linear.declare(manifest, name + ".input", inputSize, 3 * hiddenSize, true);
        Linear.declare(manifest, name + ".hidden", hiddenSize, 3 * hiddenSize, true);
    }

    public static GruCell bind(ParameterSet parameters, String name, int inputSize, int hiddenSize) {
        return new GruCell(parameters, name, inputSize, hiddenSize);
    }

    /** PyTorch's default: every weight and bias ~ U(-1/sqrt(H), 1/sqrt(H)). */
    public void initialize(ParameterSet parameters, String name, RandomGenerator random) {
        double bound = 1 / Math.sqrt(hiddenSize);
        for (String part : new String[] {".input.weight", ".input.bias", ".hidden.weight", ".hidden.bias"}) {
            parameters.initializeUniform(name + part, bound, random);
        }
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /**
     * @param x shape [B, D]
     * @param h shape [B, H]
     * @return the step, whose {@link Step#output()} is h' [B, H]
     */
    public Step forward(INDArray x, INDArray h) {
        INDArray gi = input.forward(x);   // [B, 3H]
        INDArray gh = hidden.forward(h);  // [B, 3H]
        INDArray r = block(gi, 0).add(block(gh, 0));
        Activation.SIGMOID.forwardInPlace(r);
        INDArray z = block(gi, 1).add(block(gh, 1));
        Activation.SIGMOID.forwardInPlace(z);
        INDArray hiddenCandidate = block(gh, 2).dup();
        INDArray n = hiddenCandidate.mul(r).addi(block(gi, 2));
        Activation.TANH.forwardInPlace(n);
        INDArray output = h.sub(n).muli(z).addi(n);
        return new Step(x, h, r, z, n, hiddenCandidate, output);
    }

    /**
     * Accumulates the parameter gradients of one step and returns the input gradients.
     *
     * @param step what {@link #forward} returned
     * @param outputGradient dL/dh', shape [B, H]
     */
    public Gradients backward(Step step, INDArray outputGradient) {
        INDArray scratch = Nd4j.createUninitialized(outputGradient.dataType(), outputGradient.shape());
        INDArray dn = step.z().rsub(1.0).muli(outputGradient);
        INDArray dz = step.h().sub(step.n()).muli(outputGradient);
        INDArray dh = step.z().mul(outputGradient);
        Activation.TANH.backwardInPlace(step.n(), dn, scratch);       // dn = dL/d(pre n)
        INDArray dr = dn.mul(step.hiddenCandidate());
        Activation.SIGMOID.backwardInPlace(step.z(), dz, scratch);
        Activation.SIGMOID.backwardInPlace(step.r(), dr, scratch);
        long batch = outputGradient.rows();
        INDArray dgi = Nd4j.createUninitialized(outputGradient.dataType(), batch, 3L * hiddenSize);
        INDArray dgh = Nd4j.createUninitialized(outputGradient.dataType(), batch, 3L * hiddenSize);
        block(dgi, 0).assign(dr);
        block(dgi, 1).assign(dz);
        block(dgi, 2).assign(dn);
        block(dgh, 0).assign(dr);
        block(dgh, 1).assign(dz);
        block(dgh, 2).assign(dn.mul(step.r()));
        INDArray dx = input.backward(step.x(), dgi);
        dh.addi(hidden.backward(step.h(), dgh));
        return new Gradients(dx, dh);
    }

    private INDArray block(INDArray gates, int index) {
        return gates.get(NDArrayIndex.all(), NDArrayIndex.interval((long) index * hiddenSize, (long) (index + 1) * hiddenSize));
    }
}
