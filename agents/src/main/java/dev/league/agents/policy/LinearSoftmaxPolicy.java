package dev.league.agents.policy;

import dev.league.scenarios.EnvironmentSpec;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * pi(a | x) = softmax(W x + b) over the available actions: the walking skeleton's policy. The
 * MLP/GRU actors of the agents issue replace it behind {@link Policy}.
 *
 * <p>Parameters: {@code weights} W of shape [A, D], {@code bias} b of shape [1, A]. Instances are
 * immutable: learners return new ones.
 */
public final class LinearSoftmaxPolicy implements Policy {

    private final INDArray weights;
    private final INDArray bias;

    public LinearSoftmaxPolicy(INDArray weights, INDArray bias) {
        if (weights.rank() != 2 || bias.rank() != 2 || bias.rows() != 1 || bias.columns() != weights.rows()) {
            throw new IllegalArgumentException("policy shapes must be W [A, D] and b [1, A], were "
                    + java.util.Arrays.toString(weights.shape()) + " and " + java.util.Arrays.toString(bias.shape()));
        }
        this.weights = weights;
        this.bias = bias;
    }

    /** Small random weights (N(0, 0.01)), zero bias, seeded. */
    public static LinearSoftmaxPolicy initial(EnvironmentSpec spec, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray weights = Nd4j.randn(DataType.FLOAT, spec.actions(), spec.observationSize()).muli(0.01);
        return new LinearSoftmaxPolicy(weights, Nd4j.zeros(DataType.FLOAT, 1, spec.actions()));
    }

    /** W, shape [A, D] (a view: do not modify). */
    public INDArray weights() {
        return weights;
    }

    /** b, shape [1, A] (a view: do not modify). */
    public INDArray bias() {
        return bias;
    }

    public int observationSize() {
        return Math.toIntExact(weights.columns());
    }

    public int actions() {
        return Math.toIntExact(weights.rows());
    }

    /**
     * @param observations shape [B, D], same data type as the parameters
     * @param masks shape [B, A] with 1 = allowed, or {@code null} for all allowed
     * @return action probabilities, shape [B, A]; masked actions get exactly 0
     */
    public INDArray probabilities(INDArray observations, INDArray masks) {
        if (observations.rank() != 2 || observations.columns() != weights.columns()) {
            throw new IllegalArgumentException("observations must be [B, " + weights.columns() + "], were "
                    + java.util.Arrays.toString(observations.shape()));
        }
        INDArray logits = observations.mmul(weights.transpose()).addiRowVector(bias);  // [B, A]
        if (masks != null) {
            // push masked logits far below any real one; softmax then gives them ~0, and we zero them exactly
            logits.addi(masks.rsub(1.0).muli(-1e9));
        }
        INDArray probabilities = Transforms.softmax(logits, false);
        if (masks != null) {
            probabilities.muli(masks);
            probabilities.diviColumnVector(probabilities.sum(1).reshape(-1, 1));
        }
        return probabilities;
    }

    @Override
    public int[] act(float[][] observations, boolean[][] masks, RandomGenerator random) {
        INDArray x = Nd4j.create(observations).castTo(weights.dataType());
        INDArray m = Nd4j.create(toFloats(masks)).castTo(weights.dataType());
        INDArray probabilities = probabilities(x, m);
        int[] actions = new int[observations.length];
        for (int row = 0; row < actions.length; row++) {
            actions[row] = sample(probabilities.getRow(row), masks[row], random);
        }
        return actions;
    }

    private static int sample(INDArray probabilities, boolean[] mask, RandomGenerator random) {
        double u = random.nextDouble();
        double cumulative = 0;
        int last = -1;
        for (int a = 0; a < mask.length; a++) {
            if (!mask[a]) {
                continue;
            }
            last = a;
            cumulative += probabilities.getDouble(a);
            if (u < cumulative) {
                return a;
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no available action in mask");
        }
        return last;
    }

    private static float[][] toFloats(boolean[][] masks) {
        float[][] values = new float[masks.length][];
        for (int row = 0; row < masks.length; row++) {
            values[row] = new float[masks[row].length];
            for (int a = 0; a < masks[row].length; a++) {
                values[row][a] = masks[row][a] ? 1f : 0f;
            }
        }
        return values;
    }
}
