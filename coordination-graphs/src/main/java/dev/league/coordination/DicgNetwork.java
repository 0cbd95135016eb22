package dev.league.coordination;

import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Actor and critic of one member as chosen by a {@link CoordinationSpec}: DICG-CE, DICG-DE or
 * independent actors, with a DICG or per-agent MLP critic (Li et al., AAMAS 2021, Sec. 4.2-4.3),
 * all parameters in one {@link ParameterSet} (so one Adam and one codec blob).
 *
 * <ul>
 *   <li>policy {@code dicg-ce}: π_i = softmax_masked(head(emb_i)), emb = {@link GraphInference}
 *       of all observations; {@code dicg-de}/{@code independent}: π_i = softmax_masked(head(o_i));
 *       head = MLP (128, 64, 32) → A, tanh; the joint log-probability is Σ_i log π_i;</li>
 *   <li>critic {@code dicg}: V = Σ_{present i} MLP_64(emb'_i) on a second graph module, the same V
 *       for every agent; {@code mlp}: V_i = MLP(o_i), per agent.</li>
 * </ul>
 *
 * <p>Shapes: observations [B, N, D], present [B, N] (1/0), action masks [B, N, A] (true = allowed,
 * null = all allowed), log-probabilities [B, N, A], values [B, N], adjacency [B, N, N]. Parameter
 * names: {@code policy.graph.*}, {@code policy.head.*}, {@code critic.graph.*}, {@code critic.value.*}.
 * Not thread-safe.
 */
public final class DicgNetwork {

    private final CoordinationSpec spec;
    private final int agents;
    private final int observationSize;
    private final int actions;
    private final int[] agentTypes;
    private final ParameterSet parameters;
    private final GraphInference policyGraph;
    private final Mlp policyHead;
    private final GraphInference criticGraph;
    private final Mlp criticValue;

    /**
     * @param agentTypes type of each agent, length N, types 0..T-1 each used; one encoder per type
     * @param seed seeds the parameter initialization
     */
    public DicgNetwork(CoordinationSpec spec, int agents, int observationSize, int actions, int[] agentTypes,
            DataType dataType, long seed) {
        if (agents < 1 || observationSize < 1 || actions < 1) {
            throw new IllegalArgumentException("dicg agents, observationSize and actions must be >= 1, were " + agents + ", "
                    + observationSize + ", " + actions);
        }
        if (agentTypes.length != agents) {
            throw new IllegalArgumentException("dicg.agentTypes must have length N = " + agents + ", was " + agentTypes.length);
        }
        this.spec = spec;
        this.agents = agents;
        this.observationSize = observationSize;
        this.actions = actions;
        this.agentTypes = agentTypes.clone();
        List<ParameterShape> manifest = new ArrayList<>();
        if (spec.centralizedPolicy()) {
            GraphInference.declare(manifest, "policy.graph", observationSize, agentTypes, spec.encoderHidden(), spec.embedding(),
                    spec.gcnLayers());
        }
        Mlp.declare(manifest, "policy.head", policyInputs(), headSizes());
        if (spec.graphCritic()) {
            GraphInference.declare(manifest, "critic.graph", observationSize, agentTypes, spec.encoderHidden(), spec.embedding(),
                    spec.gcnLayers());
        }
        Mlp.declare(manifest, "critic.value", criticInputs(), valueSizes());
        this.parameters = ParameterSet.allocate(dataType, manifest);
        this.policyGraph = spec.centralizedPolicy() ? GraphInference.bind(parameters, "policy.graph", agents, observationSize,
                agentTypes, spec.encoderHidden(), spec.embedding(), spec.gcnLayers()) : null;
        this.policyHead = Mlp.bind(parameters, "policy.head", policyInputs(), headSizes(), false);
        this.criticGraph = spec.graphCritic() ? GraphInference.bind(parameters, "critic.graph", agents, observationSize,
                agentTypes, spec.encoderHidden(), spec.embedding(), spec.gcnLayers()) : null;
        this.criticValue = Mlp.bind(parameters, "critic.value", criticInputs(), valueSizes(), false);
        SplittableRandom random = new SplittableRandom(seed);
        if (policyGraph != null) {
            policyGraph.initialize(parameters, "policy.graph", random);
        }
        policyHead.initialize(parameters, "policy.head", random);
        if (criticGraph != null) {
            criticGraph.initialize(parameters, "critic.graph", random);
        }
        criticValue.initialize(parameters, "critic.value", random);
    }

    private int policyInputs() {
        return spec.centralizedPolicy() ? spec.embedding() : observationSize;
    }

    private int criticInputs() {
        return spec.graphCritic() ? spec.embedding() : observationSize;
    }

    private List<Integer> headSizes() {
        List<Integer> sizes = new ArrayList<>(spec.policyHidden());
        sizes.add(actions);
        return sizes;
    }

    private List<Integer> valueSizes() {
        return spec.graphCritic() ? List.of(spec.criticHidden(), 1)
                : List.of(spec.encoderHidden(), spec.embedding(), spec.criticHidden(), 1);
    }

    public CoordinationSpec spec() {
        return spec;
    }

    public int agents() {
        return agents;
    }

    public int observationSize() {
        return observationSize;
    }

    public int actions() {
        return actions;
    }

    public int[] agentTypes() {
        return agentTypes.clone();
    }

    /** Every parameter of actor and critic (live). */
    public ParameterSet parameters() {
        return parameters;
    }

    /**
     * What one forward pass gives.
     *
     * @param logProbabilities log π_i(a), flat [B, N, A]; −∞ for masked actions
     * @param values V per agent, flat [B, N] (the same centralized V in every column for the dicg critic)
     * @param adjacency the soft adjacency M of the policy graph (dicg-ce) or else of the critic graph
     *     (dicg critic), flat [B, N, N]; null when neither uses a graph
     */
    public record Evaluation(int batch, double[] logProbabilities, double[] values, double[] adjacency) {}

    /** Forward pass state kept for the backward pass. */
    private record Pass(int batch, GraphInference.Pass policyGraph, List<INDArray> head, CriticPass critic,
            Evaluation evaluation) {}

    /**
     * @param observations [B, N, D]
     * @param present flat [B, N], 1 present, 0 absent
     * @param masks flat [B, N, A], or null when every action is allowed
     */
    public Evaluation evaluate(INDArray observations, double[] present, boolean[] masks) {
        return forward(observations, present, masks).evaluation();
    }

    private Pass forward(INDArray observations, double[] present, boolean[] masks) {
        if (observations.rank() != 3 || observations.size(1) != agents || observations.size(2) != observationSize) {
            throw new IllegalArgumentException("observations must be [B, " + agents + ", " + observationSize + "], was "
                    + Arrays.toString(observations.shape()));
        }
        int batch = Math.toIntExact(observations.size(0));
        int rows = batch * agents;
        if (present.length != rows) {
            throw new IllegalArgumentException("present must have B * N = " + rows + " values, had " + present.length);
        }
        if (masks != null && masks.length != rows * actions) {
            throw new IllegalArgumentException("masks must have B * N * A = " + rows * actions + " values, had " + masks.length);
        }
        INDArray flat = null;
        if (policyGraph == null || criticGraph == null) {
            flat = observations.dup('c').reshape('c', rows, observationSize);
        }
        GraphInference.Pass policyPass = policyGraph == null ? null : policyGraph.forward(observations, present);
        List<INDArray> head = policyHead.forward(policyPass == null ? flat : policyPass.output());
        double[] logits = GraphInference.values(head.get(head.size() - 1));
        double[] logProbabilities = logSoftmax(logits, masks, rows);
        CriticPass critic = forwardCritic(observations, flat, present, batch);
        GraphInference.Pass criticPass = critic.graph();
        double[] values = critic.values();
        double[] adjacency = policyPass != null ? policyPass.adjacency() : criticPass != null ? criticPass.adjacency() : null;
        return new Pass(batch, policyPass, head, critic, new Evaluation(batch, logProbabilities, values, adjacency));
    }

    private record CriticPass(GraphInference.Pass graph, List<INDArray> value, double[] values) {}

    private CriticPass forwardCritic(INDArray observations, INDArray flat, double[] present, int batch) {
        int rows = batch * agents;
        GraphInference.Pass criticPass = criticGraph == null ? null : criticGraph.forward(observations, present);
        List<INDArray> value = criticValue.forward(criticPass == null ? flat : criticPass.output());
        double[] perAgent = GraphInference.values(value.get(value.size() - 1));
        double[] values = new double[rows];
        if (criticPass != null) {
            for (int b = 0; b < batch; b++) {
                double total = 0;
                for (int i = 0; i < agents; i++) {
                    total += present[b * agents + i] * perAgent[b * agents + i];
                }
                Arrays.fill(values, b * agents, (b + 1) * agents, total);
            }
        } else {
            System.arraycopy(perAgent, 0, values, 0, rows);
        }
        return new CriticPass(criticPass, value, values);
    }

    private INDArray checkedFlat(INDArray observations, double[] present) {
        if (observations.rank() != 3 || observations.size(1) != agents || observations.size(2) != observationSize) {
            throw new IllegalArgumentException("observations must be [B, " + agents + ", " + observationSize + "], was "
                    + Arrays.toString(observations.shape()));
        }
        int rows = Math.toIntExact(observations.size(0)) * agents;
        if (present.length != rows) {
            throw new IllegalArgumentException("present must have B * N = " + rows + " values, had " + present.length);
        }
        return criticGraph == null ? observations.dup('c').reshape('c', rows, observationSize) : null;
    }

    /**
     * The critic alone: V per agent, flat [B, N] (the same centralized V in every column for the
     * dicg critic).
     *
     * @param observations [B, N, D]
     * @param present flat [B, N]
     */
    public double[] values(INDArray observations, double[] present) {
        INDArray flat = checkedFlat(observations, present);
        return forwardCritic(observations, flat, present, Math.toIntExact(observations.size(0))).values();
    }

    /**
     * The critic's regression alone, L = (1/C) Σ_{present (b, i)} ½ (V_bi − y_bi)²: zeroes the
     * gradients and fills those of the critic's parameters (the policy's stay 0).
     *
     * @param valueTargets y, flat [B, N]
     * @return L
     */
    public double valueLossAndGradients(INDArray observations, double[] present, double[] valueTargets) {
        INDArray flat = checkedFlat(observations, present);
        int batch = Math.toIntExact(observations.size(0));
        int rows = batch * agents;
        if (valueTargets.length != rows) {
            throw new IllegalArgumentException("valueTargets must have B * N = " + rows + " values, had " + valueTargets.length);
        }
        CriticPass pass = forwardCritic(observations, flat, present, batch);
        double count = 0;
        for (double p : present) {
            count += p;
        }
        count = Math.max(count, 1);
        double loss = 0;
        double[] gradient = new double[rows];
        for (int r = 0; r < rows; r++) {
            if (present[r] != 0) {
                double error = pass.values()[r] - valueTargets[r];
                loss += 0.5 * error * error;
                gradient[r] = error / count;
            }
        }
        parameters.zeroGradients();
        backwardCritic(pass, gradient, present, batch);
        return loss / count;
    }

    /** Backpropagates dL/dV (flat [B, N]) through the critic. */
    private void backwardCritic(CriticPass pass, double[] valueGradient, double[] present, int batch) {
        int rows = batch * agents;
        double[] perAgentGradient = valueGradient;
        if (criticGraph != null) {
            perAgentGradient = new double[rows];
            for (int b = 0; b < batch; b++) {
                double total = 0;
                for (int i = 0; i < agents; i++) {
                    total += valueGradient[b * agents + i];
                }
                for (int i = 0; i < agents; i++) {
                    perAgentGradient[b * agents + i] = total * present[b * agents + i];
                }
            }
        }
        INDArray valueInput = criticValue.backward(pass.value(),
                GraphInference.array(perAgentGradient, rows, 1, parameters.dataType()), pass.graph() != null);
        if (pass.graph() != null) {
            criticGraph.backward(pass.graph(), valueInput, null);
        }
    }

    private double[] logSoftmax(double[] logits, boolean[] masks, int rows) {
        double[] out = new double[logits.length];
        for (int r = 0; r < rows; r++) {
            int offset = r * actions;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < actions; k++) {
                if (masks == null || masks[offset + k]) {
                    max = Math.max(max, logits[offset + k]);
                }
            }
            if (max == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("row " + r + " (batch " + r / agents + ", agent " + r % agents
                        + ") has no allowed action");
            }
            double total = 0;
            for (int k = 0; k < actions; k++) {
                if (masks == null || masks[offset + k]) {
                    total += Math.exp(logits[offset + k] - max);
                }
            }
            double log = max + Math.log(total);
            for (int k = 0; k < actions; k++) {
                out[offset + k] = masks == null || masks[offset + k] ? logits[offset + k] - log : Double.NEGATIVE_INFINITY;
            }
        }
        return out;
    }

    /**
     * One minibatch of on-policy transitions, R rows of N agents.
     *
     * @param observations [R, N, D]
     * @param present flat [R, N]
     * @param masks flat [R, N, A] or null
     * @param actions flat [R, N]
     * @param oldLogProbabilities log π_old(a_i), flat [R, N]
     * @param advantages Â per agent, flat [R, N]
     * @param valueTargets per agent, flat [R, N]
     */
    public record Batch(INDArray observations, double[] present, boolean[] masks, int[] actions, double[] oldLogProbabilities,
            double[] advantages, double[] valueTargets) {}

    /** The loss terms of one {@link #lossAndGradients} call (means over present agents). */
    public record Loss(double total, double policy, double value, double entropy) {}

    /**
     * PPO's clipped surrogate (Schulman et al. 2017, eq. 7) per agent, an entropy bonus and a value
     * loss, averaged over the C present (row, agent) pairs:
     * L = −(1/C) Σ min(ρ Â, clip(ρ, 1 ± ε) Â) − c_H (1/C) Σ H(π_i) + c_V (1/C) Σ ½ (V_i − y_i)².
     * Zeroes and then fills {@link ParameterSet#gradients()} with dL/dθ.
     */
    public Loss lossAndGradients(Batch batch, LearnerHyperparameters hyperparameters) {
        Pass pass = forward(batch.observations(), batch.present(), batch.masks());
        int rows = pass.batch() * agents;
        double[] present = batch.present();
        double count = 0;
        for (double p : present) {
            count += p;
        }
        count = Math.max(count, 1);
        double[] logProbabilities = pass.evaluation().logProbabilities();
        double[] logitGradient = new double[rows * actions];
        double policyLoss = 0;
        double entropyTotal = 0;
        double epsilon = hyperparameters.clipRatio();
        double entropyCoefficient = hyperparameters.entropyCoefficient();
        for (int r = 0; r < rows; r++) {
            if (present[r] == 0) {
                continue;
            }
            int offset = r * actions;
            int action = batch.actions()[r];
            double logProbability = logProbabilities[offset + action];
            double ratio = Math.exp(logProbability - batch.oldLogProbabilities()[r]);
            double advantage = batch.advantages()[r];
            double unclipped = ratio * advantage;
            double clipped = Math.max(1 - epsilon, Math.min(1 + epsilon, ratio)) * advantage;
            policyLoss -= Math.min(unclipped, clipped);
            double dLogProbability = unclipped <= clipped ? -unclipped / count : 0;
            double entropy = 0;
            for (int k = 0; k < actions; k++) {
                double p = Math.exp(logProbabilities[offset + k]);
                if (p > 0) {
                    entropy -= p * logProbabilities[offset + k];
                }
            }
            entropyTotal += entropy;
            for (int k = 0; k < actions; k++) {
                double p = Math.exp(logProbabilities[offset + k]);
                if (p == 0) {
                    continue;
                }
                double g = dLogProbability * ((k == action ? 1 : 0) - p);
                g += entropyCoefficient * p * (logProbabilities[offset + k] + entropy) / count;
                logitGradient[offset + k] = g;
            }
        }
        double[] values = pass.evaluation().values();
        double[] valueGradient = new double[rows];
        double valueLoss = 0;
        double valueCoefficient = hyperparameters.valueCoefficient();
        for (int r = 0; r < rows; r++) {
            if (present[r] == 0) {
                continue;
            }
            double error = values[r] - batch.valueTargets()[r];
            valueLoss += 0.5 * error * error;
            valueGradient[r] = valueCoefficient * error / count;
        }
        parameters.zeroGradients();
        DataType dataType = parameters.dataType();
        INDArray headInput = policyHead.backward(pass.head(), GraphInference.array(logitGradient, rows, actions, dataType),
                pass.policyGraph() != null);
        if (pass.policyGraph() != null) {
            policyGraph.backward(pass.policyGraph(), headInput, null);
        }
        backwardCritic(pass.critic(), valueGradient, present, pass.batch());
        policyLoss /= count;
        valueLoss /= count;
        double entropy = entropyTotal / count;
        return new Loss(policyLoss - entropyCoefficient * entropy + valueCoefficient * valueLoss, policyLoss, valueLoss, entropy);
    }
}
