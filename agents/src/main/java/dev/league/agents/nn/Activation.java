package dev.league.agents.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Elementwise activations with their derivatives expressed through the <em>output</em> y = f(x),
 * so the pre-activation need not be kept: LeakyReLU' = (y &gt; 0 ? 1 : α), tanh' = 1 − y²,
 * σ' = y (1 − y). All arrays share one shape.
 */
public enum Activation {
    /** max(x, αx) with α = 0.01, MAAC's choice (PyTorch's default slope). */
    LEAKY_RELU {
        @Override
        public void forwardInPlace(INDArray x) {
            Transforms.leakyRelu(x, SLOPE, false);
        }

        @Override
        public void backwardInPlace(INDArray output, INDArray gradient, INDArray scratch) {
            Nd4j.getExecutioner().exec(new LeakyReLUDerivative(output, scratch, SLOPE));
            gradient.muli(scratch);
        }
    },
    TANH {
        @Override
        public void forwardInPlace(INDArray x) {
            Transforms.tanh(x, false);
        }

        @Override
        public void backwardInPlace(INDArray output, INDArray gradient, INDArray scratch) {
            scratch.assign(output).muli(output).rsubi(1.0);
            gradient.muli(scratch);
        }
    },
    SIGMOID {
        @Override
        public void forwardInPlace(INDArray x) {
            Transforms.sigmoid(x, false);
        }

        @Override
        public void backwardInPlace(INDArray output, INDArray gradient, INDArray scratch) {
            scratch.assign(output).rsubi(1.0).muli(output);
            gradient.muli(scratch);
        }
    };

    /** LeakyReLU's negative slope. */
    public static final double SLOPE = 0.01;

    /** x ← f(x). */
    public abstract void forwardInPlace(INDArray x);

    /**
     * gradient ← gradient ⊙ f'(x), computed from {@code output} = f(x).
     *
     * @param scratch a buffer of the same shape, overwritten
     */
    public abstract void backwardInPlace(INDArray output, INDArray gradient, INDArray scratch);
}
