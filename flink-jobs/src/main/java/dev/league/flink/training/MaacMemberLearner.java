package dev.league.flink.training;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.codec.NetworkCodec;
import dev.league.agents.critic.MaacCritic;
import dev.league.agents.learning.MaacHyperparameters;
import dev.league.agents.learning.MaacLearner;
import dev.league.agents.learning.Transitions;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code critic: maac}: Actor-Attention-Critic (Iqbal &amp; Sha 2019) — every segment's joint
 * transitions go into a replay ring of {@code replaySize}; once it holds a minibatch, each
 * segment triggers {@code updatesPerSegment} updates on uniformly sampled minibatches of
 * {@code batchSize}. Stored sections: actor (+ Adam), critic (+ Adam), target actor, target critic.
 * The replay ring itself is not stored: after a restore it refills from new segments.
 */
final class MaacMemberLearner implements MemberLearner {

    static final String KIND = "maac";

    private final AgentFactory factory;
    private final MaacLearner learner;
    private final SplittableRandom random;
    private final Replay replay;

    MaacMemberLearner(AgentFactory factory, ActorNetwork actor, MaacCritic critic, List<byte[]> state, long seed) {
        this.factory = factory;
        this.random = new SplittableRandom(seed);
        this.learner = new MaacLearner(critic, actor, hyperparameters(Map.of()), random);
        if (state != null) {
            NetworkCodec.restore(state.get(0), actor.parameters(), learner.actorOptimizer());
            NetworkCodec.restore(state.get(1), critic.parameters(), learner.criticOptimizer());
            NetworkCodec.restore(state.get(2), learner.targetActor().parameters(), null);
            NetworkCodec.restore(state.get(3), learner.targetCritic().parameters(), null);
        }
        this.replay = new Replay(factory.agent().replaySize(), actor.spec().agents(), actor.spec().observationSize(),
                actor.spec().actions());
    }

    private MaacHyperparameters hyperparameters(Map<String, Double> values) {
        double learningRate = AgentFactory.value(values, "learningRate", factory.learningRate());
        double discount = AgentFactory.value(values, "discount", factory.discount());
        MaacHyperparameters defaults = MaacHyperparameters.defaults();
        return new MaacHyperparameters(learningRate, learningRate, discount, 0.005, defaults.rewardScale(),
                defaults.policyMaxGradNorm(), defaults.criticMaxGradNormPerAgent(), defaults.logitRegularization());
    }

    @Override
    public Update learn(SideExperience experience, Map<String, Double> values) {
        learner.setHyperparameters(hyperparameters(values));
        replay.add(experience);
        int batchSize = factory.agent().batchSize();
        if (replay.size() < batchSize) {
            return new Update(Double.NaN, Double.NaN, 0);
        }
        MaacLearner.Statistics statistics = null;
        int updates = factory.agent().updatesPerSegment();
        for (int u = 0; u < updates; u++) {
            statistics = learner.update(replay.sample(batchSize, random));
        }
        return new Update(statistics.criticLoss() + statistics.policyLoss(), -statistics.meanLogProbability(), updates);
    }

    @Override
    public byte[] encode() {
        return AgentBlob.encode(KIND, List.of(
                NetworkCodec.encode(learner.actor().parameters(), learner.actorOptimizer()),
                NetworkCodec.encode(learner.critic().parameters(), learner.criticOptimizer()),
                NetworkCodec.encode(learner.targetActor().parameters(), null),
                NetworkCodec.encode(learner.targetCritic().parameters(), null)));
    }

    @Override
    public SidePolicy policy() {
        return new ActorSidePolicy(learner.actor());
    }

    /** A ring of joint transitions (o, a, r, o', done), [capacity, N, ·]. */
    static final class Replay {
        private final int capacity;
        private final int n;
        private final int d;
        private final int a;
        private final float[] observations;
        private final boolean[] masks;
        private final int[] actions;
        private final float[] rewards;
        private final float[] next;
        private final boolean[] nextMasks;
        private final boolean[] dones;
        private int size;
        private int head;

        Replay(int capacity, int n, int d, int a) {
            this.capacity = capacity;
            this.n = n;
            this.d = d;
            this.a = a;
            observations = new float[capacity * n * d];
            masks = new boolean[capacity * n * a];
            actions = new int[capacity * n];
            rewards = new float[capacity * n];
            next = new float[capacity * n * d];
            nextMasks = new boolean[capacity * n * a];
            dones = new boolean[capacity];
        }

        int size() {
            return size;
        }

        void add(SideExperience e) {
            if (e.agents() != n) {
                throw new IllegalArgumentException("maac needs " + n + " agents per side, the experience has " + e.agents());
            }
            int games = e.games();
            for (int t = 0; t < e.steps(); t++) {
                for (int k = 0; k < games; k++) {
                    int row = t * games + k;
                    int nextRow = (t + 1) * games + k;
                    System.arraycopy(e.observations(), row * n * d, observations, head * n * d, n * d);
                    System.arraycopy(e.masks(), row * n * a, masks, head * n * a, n * a);
                    System.arraycopy(e.actions(), row * n, actions, head * n, n);
                    System.arraycopy(e.rewards(), row * n, rewards, head * n, n);
                    System.arraycopy(e.observations(), nextRow * n * d, next, head * n * d, n * d);
                    System.arraycopy(e.masks(), nextRow * n * a, nextMasks, head * n * a, n * a);
                    dones[head] = e.dones()[row];
                    head = (head + 1) % capacity;
                    size = Math.min(size + 1, capacity);
                }
            }
        }

        Transitions sample(int batch, SplittableRandom random) {
            float[] o = new float[batch * n * d];
            boolean[] m = new boolean[batch * n * a];
            int[] act = new int[batch * n];
            float[] r = new float[batch * n];
            float[] o2 = new float[batch * n * d];
            boolean[] m2 = new boolean[batch * n * a];
            boolean[] done = new boolean[batch];
            for (int b = 0; b < batch; b++) {
                int i = random.nextInt(size);
                System.arraycopy(observations, i * n * d, o, b * n * d, n * d);
                System.arraycopy(masks, i * n * a, m, b * n * a, n * a);
                System.arraycopy(actions, i * n, act, b * n, n);
                System.arraycopy(rewards, i * n, r, b * n, n);
                System.arraycopy(next, i * n * d, o2, b * n * d, n * d);
                System.arraycopy(nextMasks, i * n * a, m2, b * n * a, n * a);
                done[b] = dones[i];
            }
            return new Transitions(batch, n, o, m, act, r, o2, m2, done);
        }
    }
}
