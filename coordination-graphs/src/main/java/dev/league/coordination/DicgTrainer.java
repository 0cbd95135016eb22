package dev.league.coordination;

import dev.league.agents.learning.AdvantageNormalization;
import dev.league.agents.learning.Gae;
import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.nn.Adam;
import dev.league.scenarios.BatchedEnvironment;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.ScenarioSpec;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Centralized multi-agent PPO for a {@link DicgNetwork}, as the DICG paper trains DICG-CE, DICG-DE
 * and its baselines (Li et al. 2021, Sec. 5; garage's CentralizedMAPPO): collect B copies × T steps
 * with the current policy, GAE(γ, λ) per agent (Schulman et al. 2016, eq. 16, via {@link Gae}),
 * centered and scaled advantages, then epochs × minibatches of the clipped surrogate with Adam and
 * global-norm clipping. Every agent of the scenario is controlled by this network (one team, e.g.
 * predator-prey); an agent whose action mask allows only the no-op (action 0) is treated as absent.
 * Uses {@code learningRate}, {@code entropyCoefficient}, {@code clipRatio}, {@code discount},
 * {@code gaeLambda}, {@code valueCoefficient}, {@code maxGradNorm} of the hyperparameters (the
 * V-trace fields are not used: the data is on-policy). Deterministic given the seed.
 */
public final class DicgTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(DicgTrainer.class);

    private final DicgNetwork network;
    private final Adam optimizer;
    private final BatchedEnvironment environment;
    private final LearnerHyperparameters hyperparameters;
    private final RolloutSpec rollout;
    private final SplittableRandom random;
    private final int n;
    private final int d;
    private final int a;
    private final double[] episodeReturns;
    private long updates;
    private long frames;

    /** What one update saw and did. */
    public record UpdateReport(long update, long frames, int episodes, double meanEpisodeReturn, DicgNetwork.Loss loss) {}

    /** A trainer whose agents all share one encoder type. */
    public DicgTrainer(ScenarioSpec scenario, CoordinationSpec coordination, LearnerHyperparameters hyperparameters,
            RolloutSpec rollout, long seed) {
        this(scenario, coordination, hyperparameters, rollout, null, seed);
    }

    /**
     * @param agentTypes encoder type of each agent, length N (heterogeneous teams, e.g. unit types),
     *     or null for one shared type
     */
    public DicgTrainer(ScenarioSpec scenario, CoordinationSpec coordination, LearnerHyperparameters hyperparameters,
            RolloutSpec rollout, int[] agentTypes, long seed) {
        this.environment = scenario.newBatch(rollout.copies());
        EnvironmentSpec spec = environment.spec();
        this.n = spec.agents();
        this.d = spec.observationSize();
        this.a = spec.actions();
        this.network = new DicgNetwork(coordination, n, d, a, agentTypes == null ? new int[n] : agentTypes, DataType.FLOAT, seed);
        this.optimizer = new Adam(network.parameters());
        this.hyperparameters = hyperparameters;
        this.rollout = rollout;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.episodeReturns = new double[rollout.copies()];
        environment.reset(seed);
        LOG.info("dicg trainer: scenario {}, policy {}, critic {}, N={}, D={}, A={}, {} parameters, rollout {}, seed {}",
                scenario.name(), coordination.policy(), coordination.critic(), n, d, a, network.parameters().size(), rollout, seed);
    }

    public DicgNetwork network() {
        return network;
    }

    public Adam optimizer() {
        return optimizer;
    }

    /** Agent-steps taken so far (B T N per update). */
    public long frames() {
        return frames;
    }

    /** Collects one batch and trains on it. */
    public UpdateReport update() {
        int copies = rollout.copies();
        int steps = rollout.steps();
        int rows = copies * steps;                    // (t, b) rows, t-major
        float[] observations = new float[rows * n * d];
        boolean[] masks = new boolean[rows * n * a];
        double[] present = new double[rows * n];
        int[] actions = new int[rows * n];
        double[] logProbabilities = new double[rows * n];
        double[] values = new double[rows * n];
        double[] rewards = new double[rows * n];
        double[] discounts = new double[rows * n];
        int episodes = 0;
        double returns = 0;
        for (int t = 0; t < steps; t++) {
            int row = t * copies;
            System.arraycopy(environment.observations(), 0, observations, row * n * d, copies * n * d);
            System.arraycopy(environment.masks(), 0, masks, row * n * a, copies * n * a);
            double[] stepPresent = presence(environment.masks(), copies);
            System.arraycopy(stepPresent, 0, present, row * n, copies * n);
            DicgNetwork.Evaluation evaluation = network.evaluate(observationArray(environment.observations(), copies),
                    stepPresent, environment.masks());
            int[] stepActions = new int[copies * n];
            for (int k = 0; k < copies * n; k++) {
                stepActions[k] = sample(evaluation.logProbabilities(), k * a);
                logProbabilities[row * n + k] = evaluation.logProbabilities()[k * a + stepActions[k]];
            }
            System.arraycopy(stepActions, 0, actions, row * n, copies * n);
            System.arraycopy(evaluation.values(), 0, values, row * n, copies * n);
            environment.step(stepActions);
            for (int c = 0; c < copies; c++) {
                double team = 0;
                for (int i = 0; i < n; i++) {
                    rewards[(row + c) * n + i] = environment.rewards()[c * n + i];
                    discounts[(row + c) * n + i] = environment.done()[c] ? 0 : hyperparameters.discount();
                    team += environment.rewards()[c * n + i];
                }
                episodeReturns[c] += team / n;
                if (environment.done()[c]) {
                    episodes++;
                    returns += episodeReturns[c];
                    episodeReturns[c] = 0;
                }
            }
        }
        double[] bootstrap = network.evaluate(observationArray(environment.observations(), copies),
                presence(environment.masks(), copies), environment.masks()).values();
        Gae.Returns gae = Gae.compute(discounts, rewards, values, bootstrap, hyperparameters.gaeLambda());
        double[] advantages = AdvantageNormalization.normalized(gae.advantages(), present);
        frames += (long) rows * n;
        DicgNetwork.Loss loss = null;
        int[] order = new int[rows];
        Arrays.setAll(order, k -> k);
        for (int epoch = 0; epoch < rollout.epochs(); epoch++) {
            shuffle(order);
            for (int m = 0; m < rollout.minibatches(); m++) {
                int from = (int) ((long) rows * m / rollout.minibatches());
                int to = (int) ((long) rows * (m + 1) / rollout.minibatches());
                DicgNetwork.Batch batch = gather(order, from, to, observations, masks, present, actions, logProbabilities,
                        advantages, gae.valueTargets());
                loss = network.lossAndGradients(batch, hyperparameters);
                optimizer.step(hyperparameters.learningRate(), hyperparameters.maxGradNorm());
            }
        }
        updates++;
        double mean = episodes == 0 ? Double.NaN : returns / episodes;
        LOG.debug("dicg update {}: frames {}, episodes {}, mean return {}, loss {}", updates, frames, episodes, mean, loss);
        return new UpdateReport(updates, frames, episodes, mean, loss);
    }

    private double[] presence(boolean[] stepMasks, int copies) {
        return Presence.of(stepMasks, copies, n, a);
    }

    private INDArray observationArray(float[] source, int copies) {
        return Nd4j.createFromArray(Arrays.copyOf(source, copies * n * d)).reshape('c', copies, n, d);
    }

    private int sample(double[] logProbabilities, int offset) {
        return dev.league.agents.policy.Categorical.sample(logProbabilities, offset, a, random);
    }

    private void shuffle(int[] order) {
        for (int k = order.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int swap = order[k];
            order[k] = order[j];
            order[j] = swap;
        }
    }

    private DicgNetwork.Batch gather(int[] order, int from, int to, float[] observations, boolean[] masks, double[] present,
            int[] actions, double[] logProbabilities, double[] advantages, double[] targets) {
        int size = to - from;
        float[] obs = new float[size * n * d];
        boolean[] mask = new boolean[size * n * a];
        double[] pres = new double[size * n];
        int[] act = new int[size * n];
        double[] old = new double[size * n];
        double[] adv = new double[size * n];
        double[] tgt = new double[size * n];
        for (int k = 0; k < size; k++) {
            int row = order[from + k];
            System.arraycopy(observations, row * n * d, obs, k * n * d, n * d);
            System.arraycopy(masks, row * n * a, mask, k * n * a, n * a);
            System.arraycopy(present, row * n, pres, k * n, n);
            System.arraycopy(actions, row * n, act, k * n, n);
            System.arraycopy(logProbabilities, row * n, old, k * n, n);
            System.arraycopy(advantages, row * n, adv, k * n, n);
            System.arraycopy(targets, row * n, tgt, k * n, n);
        }
        return new DicgNetwork.Batch(Nd4j.createFromArray(obs).reshape('c', size, n, d), pres, mask, act, old, adv, tgt);
    }
}
