package dev.league.flink.training;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.codec.NetworkCodec;
import dev.league.agents.learning.ActorCriticLearner;
import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.learning.RolloutBatch;
import java.util.List;
import java.util.Map;

/**
 * {@code critic: local}: APPO as in Sample Factory (Petrenko et al. 2020) — the PPO clipped
 * surrogate with V-trace targets (Espeholt et al. 2018), so experience from a few versions back is
 * corrected rather than biased; the shared actor's value head is the critic. {@code epochs}
 * Adam steps per segment (per chunk with {@code agent.updateSteps}), advantages scaled per step with
 * {@code agent.normalizeAdvantages}.
 */
final class AppoLearner implements MemberLearner {

    static final String KIND = "appo";

    private final AgentFactory factory;
    private final ActorNetwork network;
    private final ActorCriticLearner learner;

    AppoLearner(AgentFactory factory, ActorNetwork network, byte[] state) {
        this.factory = factory;
        this.network = network;
        this.learner = new ActorCriticLearner(network, factory.learnerHyperparameters(Map.of()), ActorCriticLearner.Objective.PPO_CLIP,
                ActorCriticLearner.Advantages.VTRACE, factory.agent().normalizeAdvantages());
        if (state != null) {
            NetworkCodec.restore(state, network.parameters(), learner.optimizer());
        }
    }

    @Override
    public Update learn(SideExperience experience, Map<String, Double> hyperparameters) {
        LearnerHyperparameters values = factory.learnerHyperparameters(hyperparameters);
        learner.setHyperparameters(values);
        List<RolloutBatch> chunks = chunks(batch(experience), factory.agent().updateSteps());
        ActorCriticLearner.Statistics statistics = null;
        for (int epoch = 0; epoch < factory.agent().epochs(); epoch++) {
            for (RolloutBatch chunk : chunks) {
                statistics = learner.update(List.of(chunk));
            }
        }
        return new Update(statistics.loss(), statistics.entropy(), factory.agent().epochs() * chunks.size());
    }

    /** The segment cut into time chunks of {@code updateSteps} (the last one shorter), or whole when 0. */
    static List<RolloutBatch> chunks(RolloutBatch batch, int updateSteps) {
        if (updateSteps == 0 || updateSteps >= batch.steps()) {
            return List.of(batch);
        }
        List<RolloutBatch> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < batch.steps(); from += updateSteps) {
            chunks.add(batch.slice(from, Math.min(batch.steps(), from + updateSteps)));
        }
        return chunks;
    }

    /** [T, K, n] experience as R = K · n rows of one unit type, agent ids 0..n-1 per game. */
    static RolloutBatch batch(SideExperience experience) {
        int rows = experience.games() * experience.agents();
        int steps = experience.steps();
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = r % experience.agents();
        }
        boolean[] masks = java.util.Arrays.copyOf(experience.masks(), steps * rows * experience.actionCount());
        boolean[] dones = new boolean[steps * rows];
        for (int t = 0; t < steps; t++) {
            for (int r = 0; r < rows; r++) {
                dones[t * rows + r] = experience.dones()[t * experience.games() + r / experience.agents()];
            }
        }
        return new RolloutBatch(0, steps, ids, experience.observations(), masks, experience.actions(), experience.logProbabilities(),
                experience.rewards(), dones, null);
    }

    @Override
    public byte[] encode() {
        return AgentBlob.encode(KIND, List.of(NetworkCodec.encode(network.parameters(), learner.optimizer())));
    }

    @Override
    public SidePolicy policy() {
        return new ActorSidePolicy(network);
    }
}
