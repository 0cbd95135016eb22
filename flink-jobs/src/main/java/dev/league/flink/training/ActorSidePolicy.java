package dev.league.flink.training;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.MultiDiscrete;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A side acted by a shared {@link ActorNetwork} (feed-forward): one forward pass over all K · n rows,
 * agent ids 0..n-1 within the side.
 */
final class ActorSidePolicy implements SidePolicy {

    private final ActorNetwork network;
    private final boolean greedy;

    ActorSidePolicy(ActorNetwork network) {
        this(network, false);
    }

    /** @param greedy the most probable available action instead of a sample (evaluation's test mode) */
    ActorSidePolicy(ActorNetwork network, boolean greedy) {
        this.network = network;
        this.greedy = greedy;
    }

    @Override
    public void act(float[] observations, boolean[] masks, int games, int agents, int[] actions, float[] logProbabilities,
            RandomGenerator random) {
        int rows = games * agents;
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = r % agents;
        }
        INDArray output = network.policyLogits(0, network.input(observations, ids));
        float[] single = (output.dataType() == DataType.FLOAT && output.ordering() == 'c' && output.offset() == 0
                ? output : output.castTo(DataType.FLOAT).dup('c')).data().asFloat();
        double[] logits = new double[rows * network.actionSpace(0).logitSize()];
        for (int k = 0; k < logits.length; k++) {
            logits[k] = single[k];
        }
        MultiDiscrete space = network.actionSpace(0);
        int width = space.logitSize();
        int a = network.spec().actions();
        for (int r = 0; r < rows; r++) {
            int action = greedy ? mostProbable(space, logits, r * width, masks, r * a, a)
                    : space.sample(logits, r * width, masks, r * a, random);
            actions[r] = action;
            logProbabilities[r] = (float) space.evaluate(logits, r * width, masks, r * a, action, 0, 0, null).logProbability();
        }
    }

    private static int mostProbable(MultiDiscrete space, double[] logits, int offset, boolean[] masks, int maskOffset, int a) {
        int best = -1;
        double bestLog = Double.NEGATIVE_INFINITY;
        for (int action = 0; action < a; action++) {
            if (!masks[maskOffset + action]) {
                continue;
            }
            double log = space.evaluate(logits, offset, masks, maskOffset, action, 0, 0, null).logProbability();
            if (best < 0 || log > bestLog) {
                best = action;
                bestLog = log;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no available action");
        }
        return best;
    }
}
