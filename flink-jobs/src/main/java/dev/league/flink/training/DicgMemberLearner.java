package dev.league.flink.training;

import dev.league.agents.codec.NetworkCodec;
import dev.league.agents.learning.AdvantageNormalization;
import dev.league.agents.learning.Gae;
import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.nn.Adam;
import dev.league.agents.policy.Categorical;
import dev.league.coordination.DicgNetwork;
import dev.league.coordination.Presence;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code critic: dicg | mlp}: a {@link DicgNetwork} (Li et al. 2021) trained like the paper's
 * PPO — GAE(γ, λ) per agent from the centralized critic's values, advantages normalized over
 * present agents, {@code epochs} passes of the clipped surrogate with Adam. An agent whose mask
 * allows only the no-op (action 0) is absent from the graph. Section 0: network + Adam.
 */
final class DicgMemberLearner implements MemberLearner {

    private final AgentFactory factory;
    private final DicgNetwork network;
    private final Adam optimizer;
    private final String kind;

    DicgMemberLearner(AgentFactory factory, DicgNetwork network, byte[] state, String kind) {
        this.factory = factory;
        this.network = network;
        this.optimizer = new Adam(network.parameters());
        this.kind = kind;
        if (state != null) {
            NetworkCodec.restore(state, network.parameters(), optimizer);
        }
    }

    @Override
    public Update learn(SideExperience e, Map<String, Double> values) {
        LearnerHyperparameters hp = factory.learnerHyperparameters(values);
        int n = network.agents();
        int d = network.observationSize();
        int a = network.actions();
        if (e.agents() != n) {
            throw new IllegalArgumentException("dicg network has " + n + " agents, the experience " + e.agents());
        }
        int steps = e.steps();
        int games = e.games();
        int rows = steps * games;                          // (t, k) rows, t-major
        INDArray all = Nd4j.createFromArray(e.observations()).reshape('c', (steps + 1) * games, n, d);
        double[] present = Presence.of(e.masks(), (steps + 1) * games, n, a);
        double[] allValues = network.values(all, present);
        double[] stepValues = Arrays.copyOf(allValues, rows * n);
        double[] bootstrap = Arrays.copyOfRange(allValues, rows * n, (rows + games) * n);
        double[] rewards = new double[rows * n];
        double[] discounts = new double[rows * n];
        for (int row = 0; row < rows; row++) {
            for (int i = 0; i < n; i++) {
                rewards[row * n + i] = e.rewards()[row * n + i];
                discounts[row * n + i] = e.dones()[row] ? 0 : hp.discount();
            }
        }
        Gae.Returns gae = Gae.compute(discounts, rewards, stepValues, bootstrap, hp.gaeLambda());
        double[] stepPresent = Arrays.copyOf(present, rows * n);
        double[] advantages = AdvantageNormalization.normalized(gae.advantages(), stepPresent);
        double[] old = new double[rows * n];
        for (int k = 0; k < old.length; k++) {
            old[k] = e.logProbabilities()[k];
        }
        INDArray observations = all.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, rows)).dup('c');
        boolean[] masks = Arrays.copyOf(e.masks(), rows * n * a);
        DicgNetwork.Batch batch = new DicgNetwork.Batch(observations, stepPresent, masks, e.actions(), old, advantages,
                gae.valueTargets());
        DicgNetwork.Loss loss = null;
        for (int epoch = 0; epoch < factory.agent().epochs(); epoch++) {
            loss = network.lossAndGradients(batch, hp);
            optimizer.step(hp.learningRate(), hp.maxGradNorm());
        }
        return new Update(loss.total(), loss.entropy(), factory.agent().epochs());
    }

    @Override
    public byte[] encode() {
        return AgentBlob.encode(kind, List.of(NetworkCodec.encode(network.parameters(), optimizer)));
    }

    @Override
    public SidePolicy policy() {
        return new DicgSidePolicy(network, false);
    }

    /** Joint inference of one side's N agents per game through the network's graph. */
    static final class DicgSidePolicy implements SidePolicy {
        private final DicgNetwork network;
        private final boolean greedy;

        DicgSidePolicy(DicgNetwork network, boolean greedy) {
            this.network = network;
            this.greedy = greedy;
        }

        @Override
        public void act(float[] observations, boolean[] masks, int games, int agents, int[] actions, float[] logProbabilities,
                RandomGenerator random) {
            int a = network.actions();
            INDArray x = Nd4j.createFromArray(observations).reshape('c', games, agents, network.observationSize());
            double[] present = Presence.of(masks, games, agents, a);
            double[] log = network.evaluate(x, present, masks).logProbabilities();
            for (int r = 0; r < games * agents; r++) {
                int action = greedy ? Categorical.mostProbable(log, r * a, a) : Categorical.sample(log, r * a, a, random);
                actions[r] = action;
                logProbabilities[r] = (float) log[r * a + action];
            }
        }
    }
}
