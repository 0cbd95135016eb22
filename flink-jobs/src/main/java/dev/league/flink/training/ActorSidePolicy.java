package dev.league.flink.training;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.MultiDiscrete;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A side acted by a shared {@link ActorNetwork} (feed-forward): one forward pass over all K · n rows,
 * agent ids 0..n-1 within the side.
 */
final class ActorSidePolicy implements SidePolicy {

    private final ActorNetwork network;

    ActorSidePolicy(ActorNetwork network) {
        this.network = network;
    }

    @Override
    public void act(float[] observations, boolean[] masks, int games, int agents, int[] actions, float[] logProbabilities,
            RandomGenerator random) {
        int rows = games * agents;
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = r % agents;
        }
        ActorNetwork.Pass pass = network.forward(0, network.input(observations, ids), null);
        double[] logits = pass.logits().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        MultiDiscrete space = network.actionSpace(0);
        int width = space.logitSize();
        int a = network.spec().actions();
        for (int r = 0; r < rows; r++) {
            int action = space.sample(logits, r * width, masks, r * a, random);
            actions[r] = action;
            logProbabilities[r] = (float) space.evaluate(logits, r * width, masks, r * a, action, 0, 0, null).logProbability();
        }
    }
}
