package dev.league.agents.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1) over one {@link ParameterSet}, preceded by clipping the
 * gradient to a maximum global L2 norm (Pascanu et al. 2013, Alg. 2). The learning rate and clip
 * norm are arguments of {@link #step}, so a learner may change them between updates while the
 * moment estimates m, v and the step count t are kept.
 *
 * <p>State: m and v of shape [1, P] like the parameters; t, the number of steps taken.
 */
public final class Adam {

    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final ParameterSet parameters;
    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private final INDArray scratch;
    private long steps;

    public Adam(ParameterSet parameters) {
        this.parameters = parameters;
        this.firstMoment = Nd4j.zeros(parameters.dataType(), 1, parameters.size());
        this.secondMoment = Nd4j.zeros(parameters.dataType(), 1, parameters.size());
        this.scratch = Nd4j.zeros(parameters.dataType(), 1, parameters.size());
    }

    public ParameterSet parameters() {
        return parameters;
    }

    /** m, shape [1, P] (live). */
    public INDArray firstMoment() {
        return firstMoment;
    }

    /** v, shape [1, P] (live). */
    public INDArray secondMoment() {
        return secondMoment;
    }

    /** t, the number of steps taken. */
    public long steps() {
        return steps;
    }

    /** Replaces the state (e.g. from a checkpoint); the arrays are copied. */
    public void restore(long steps, INDArray firstMoment, INDArray secondMoment) {
        if (steps < 0) {
            throw new IllegalArgumentException("adam.steps must be >= 0, was " + steps);
        }
        if (firstMoment.length() != parameters.size() || secondMoment.length() != parameters.size()) {
            throw new IllegalArgumentException("adam moments must have " + parameters.size() + " elements, had "
                    + firstMoment.length() + " and " + secondMoment.length());
        }
        this.steps = steps;
        this.firstMoment.assign(firstMoment.reshape(1, parameters.size()).castTo(parameters.dataType()));
        this.secondMoment.assign(secondMoment.reshape(1, parameters.size()).castTo(parameters.dataType()));
    }

    /**
     * Clips the gradients in place to global norm {@code maxGradNorm} (no clipping when it is
     * infinite), then applies one Adam step to the parameters.
     *
     * @return the global gradient norm before clipping
     */
    public double step(double learningRate, double maxGradNorm) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("adam.learningRate must be finite and > 0, was " + learningRate);
        }
        if (!(maxGradNorm > 0)) {
            throw new IllegalArgumentException("adam.maxGradNorm must be > 0, was " + maxGradNorm);
        }
        INDArray gradients = parameters.gradients();
        double norm = gradients.norm2Number().doubleValue();
        if (!Double.isFinite(norm)) {
            throw new IllegalStateException("adam: gradient norm is " + norm + "; refusing to update");
        }
        if (norm > maxGradNorm) {
            gradients.muli(maxGradNorm / norm);
        }
        steps++;
        // m <- b1 m + (1 - b1) g ; v <- b2 v + (1 - b2) g^2
        firstMoment.muli(BETA1).addi(scratch.assign(gradients).muli(1 - BETA1));
        secondMoment.muli(BETA2).addi(scratch.assign(gradients).muli(gradients).muli(1 - BETA2));
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        // theta <- theta - lr * (m / c1) / (sqrt(v / c2) + eps)
        scratch.assign(secondMoment).muli(1 / correction2);
        Transforms.sqrt(scratch, false);
        scratch.addi(EPSILON).rdivi(firstMoment).muli(learningRate / correction1);
        parameters.values().subi(scratch);
        return norm;
    }
}
