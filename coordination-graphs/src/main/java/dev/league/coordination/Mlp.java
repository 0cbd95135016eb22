package dev.league.coordination;

import dev.league.agents.nn.Activation;
import dev.league.agents.nn.Linear;
import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A stack of {@link Linear} layers, tanh between them (garage's default hidden nonlinearity, which
 * the DICG reference code uses), and an optional tanh on the output. Layers are named
 * {@code <name>.layer<k>}. Rows are independent samples, e.g. one per (batch, agent): [R, in].
 */
final class Mlp {

    private final List<Linear> layers;
    private final boolean tanhOutput;

    private Mlp(List<Linear> layers, boolean tanhOutput) {
        this.layers = layers;
        this.tanhOutput = tanhOutput;
    }

    /** Declares layers in → sizes[0] → … → sizes[last]. */
    static void declare(List<ParameterShape> manifest, String name, int inputs, List<Integer> sizes) {
        int previous = inputs;
        for (int k = 0; k < sizes.size(); k++) {
            Linear.declare(manifest, name + ".layer" + k, previous, sizes.get(k), true);
            previous = sizes.get(k);
        }
    }

    static Mlp bind(ParameterSet parameters, String name, int inputs, List<Integer> sizes, boolean tanhOutput) {
        List<Linear> layers = new ArrayList<>();
        int previous = inputs;
        for (int k = 0; k < sizes.size(); k++) {
            layers.add(Linear.bind(parameters, name + ".layer" + k, previous, sizes.get(k), true));
            previous = sizes.get(k);
        }
        return new Mlp(List.copyOf(layers), tanhOutput);
    }

    void initialize(ParameterSet parameters, String name, RandomGenerator random) {
        for (int k = 0; k < layers.size(); k++) {
            layers.get(k).initialize(parameters, name + ".layer" + k, random);
        }
    }

    int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    /**
     * @param x shape [R, in]
     * @return the activations: element 0 is x, element k + 1 the output of layer k, shape [R, size_k]
     */
    List<INDArray> forward(INDArray x) {
        List<INDArray> activations = new ArrayList<>(layers.size() + 1);
        activations.add(x);
        INDArray current = x;
        for (int k = 0; k < layers.size(); k++) {
            INDArray out = layers.get(k).forward(current);
            if (k < layers.size() - 1 || tanhOutput) {
                Activation.TANH.forwardInPlace(out);
            }
            activations.add(out);
            current = out;
        }
        return activations;
    }

    /**
     * Accumulates parameter gradients for dL/d(output) and returns dL/dx [R, in] (or null when
     * {@code needInput} is false).
     *
     * @param activations what {@link #forward} returned
     * @param outputGradient dL/d(output), shape [R, out]; not modified
     */
    INDArray backward(List<INDArray> activations, INDArray outputGradient, boolean needInput) {
        INDArray gradient = outputGradient.dup();
        for (int k = layers.size() - 1; k >= 0; k--) {
            INDArray out = activations.get(k + 1);
            if (k < layers.size() - 1 || tanhOutput) {
                Activation.TANH.backwardInPlace(out, gradient, Nd4j.createUninitialized(out.dataType(), out.shape()));
            }
            INDArray input = activations.get(k);
            if (k == 0 && !needInput) {
                layers.get(k).backward(input, gradient, null, false);
                return null;
            }
            gradient = layers.get(k).backward(input, gradient);
        }
        return gradient;
    }
}
