package dev.league.agents.actor;

import dev.league.agents.nn.Activation;
import dev.league.agents.nn.GruCell;
import dev.league.agents.nn.Linear;
import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import dev.league.agents.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Decentralized actors with parameter sharing (Gupta et al. 2017; Terry et al. 2020 "agent
 * indication"): agents of one unit type share a network whose input is
 * [observation, onehot(agent id)] of width D + N; each type has its own trunk, optional GRU core,
 * policy head (one logit block per action component, see {@link MultiDiscrete}) and value head.
 *
 * <pre>
 *   y = f(W_L … f(W_1 [o, onehot(i)] + b_1) … + b_L)       trunk, [R, H]
 *   h' = GRU(y, h) (if recurrent), else h' = y                core,  [R, H]
 *   logits = W_π h' + b_π,  V = W_v h' + b_v                 heads, [R, Σ n_c] and [R, 1]
 * </pre>
 *
 * {@link #act} runs one forward pass per unit type over every environment and agent of that type.
 */
public final class ActorNetwork {

    private final ActorSpec spec;
    private final ParameterSet parameters;
    private final TypeNetwork[] types;

    private final class TypeNetwork {
        final Linear[] trunk;
        final GruCell core;
        final Linear policy;
        final Linear value;
        final MultiDiscrete space;

        TypeNetwork(int type) {
            int h = spec.hiddenSize();
            trunk = new Linear[spec.layers()];
            for (int l = 0; l < trunk.length; l++) {
                trunk[l] = Linear.bind(parameters, name(type, "trunk" + l), l == 0 ? spec.inputSize() : h, h, true);
            }
            core = spec.recurrent() ? GruCell.bind(parameters, name(type, "core"), h, h) : null;
            space = spec.unitTypes().get(type).actionSpace();
            policy = Linear.bind(parameters, name(type, "policy"), h, space.logitSize(), true);
            value = Linear.bind(parameters, name(type, "value"), h, 1, true);
        }
    }

    /**
     * One forward pass over R rows of one type, kept for {@link #backward}.
     * logits [R, Σ n_c], values [R, 1], hidden h' [R, H] (null without a core).
     */
    public static final class Pass {
        private final int type;
        private final INDArray[] activations;
        private final GruCell.Step step;
        private final INDArray features;
        private final INDArray logits;
        private final INDArray values;

        private Pass(int type, INDArray[] activations, GruCell.Step step, INDArray features, INDArray logits, INDArray values) {
            this.type = type;
            this.activations = activations;
            this.step = step;
            this.features = features;
            this.logits = logits;
            this.values = values;
        }

        public INDArray logits() {
            return logits;
        }

        public INDArray values() {
            return values;
        }

        public INDArray hidden() {
            return step == null ? null : step.output();
        }
    }

    /** Per row of {@link #act}: flat actions, their log-probabilities under this policy, and V. Each [B, N]. */
    public record Acting(int[] actions, float[] logProbabilities, float[] values) {}

    private ActorNetwork(ActorSpec spec, ParameterSet parameters) {
        this.spec = spec;
        this.parameters = parameters;
        this.types = new TypeNetwork[spec.unitTypes().size()];
        for (int u = 0; u < types.length; u++) {
            types[u] = new TypeNetwork(u);
        }
    }

    private static String name(int type, String part) {
        return "actor.type" + type + "." + part;
    }

    static List<ParameterShape> manifest(ActorSpec spec) {
        List<ParameterShape> manifest = new ArrayList<>();
        int h = spec.hiddenSize();
        for (int u = 0; u < spec.unitTypes().size(); u++) {
            for (int l = 0; l < spec.layers(); l++) {
                Linear.declare(manifest, name(u, "trunk" + l), l == 0 ? spec.inputSize() : h, h, true);
            }
            if (spec.recurrent()) {
                GruCell.declare(manifest, name(u, "core"), h, h);
            }
            Linear.declare(manifest, name(u, "policy"), h, spec.unitTypes().get(u).actionSpace().logitSize(), true);
            Linear.declare(manifest, name(u, "value"), h, 1, true);
        }
        return manifest;
    }

    /** PyTorch-default initialization, except the policy head scaled by 0.01 (near-uniform initial policy, as in CleanRL). */
    public static ActorNetwork create(ActorSpec spec, DataType dataType, RandomGenerator random) {
        ActorNetwork network = new ActorNetwork(spec, ParameterSet.allocate(dataType, manifest(spec)));
        for (int u = 0; u < network.types.length; u++) {
            TypeNetwork t = network.types[u];
            for (int l = 0; l < t.trunk.length; l++) {
                t.trunk[l].initialize(network.parameters, name(u, "trunk" + l), random);
            }
            if (t.core != null) {
                t.core.initialize(network.parameters, name(u, "core"), random);
            }
            network.parameters.initializeUniform(name(u, "policy") + ".weight", 0.01 / Math.sqrt(spec.hiddenSize()), random);
            network.parameters.value(name(u, "policy") + ".bias").assign(0);
            t.value.initialize(network.parameters, name(u, "value"), random);
        }
        return network;
    }

    /** A network over existing parameters (e.g. decoded by the codec); the manifest must match. */
    public static ActorNetwork of(ActorSpec spec, ParameterSet parameters) {
        if (!parameters.manifest().equals(manifest(spec))) {
            throw new IllegalArgumentException("parameters do not match the actor spec's manifest");
        }
        return new ActorNetwork(spec, parameters);
    }

    public ActorSpec spec() {
        return spec;
    }

    public ParameterSet parameters() {
        return parameters;
    }

    public MultiDiscrete actionSpace(int type) {
        return types[type].space;
    }

    /**
     * Builds the network input [R, D + N] for rows of observations and agent ids.
     *
     * @param observations shape [R, D], row-major
     * @param agentIds shape [R]
     */
    public INDArray input(float[] observations, int[] agentIds) {
        int d = spec.observationSize();
        int width = spec.inputSize();
        if (observations.length != agentIds.length * d) {
            throw new IllegalArgumentException("observations must be [R, " + d + "] with R = " + agentIds.length + ", had "
                    + observations.length + " floats");
        }
        float[] input = new float[agentIds.length * width];
        for (int r = 0; r < agentIds.length; r++) {
            if (agentIds[r] < 0 || agentIds[r] >= spec.agents()) {
                throw new IllegalArgumentException("agentIds[" + r + "] must be in [0, " + spec.agents() + "), was " + agentIds[r]);
            }
            System.arraycopy(observations, r * d, input, r * width, d);
            input[r * width + d + agentIds[r]] = 1f;
        }
        return Nd4j.create(input, new long[] {agentIds.length, width}, 'c').castTo(parameters.dataType());
    }

    /**
     * @param input [R, D + N] from {@link #input}
     * @param hidden [R, H], required exactly when the spec is recurrent
     */
    public Pass forward(int type, INDArray input, INDArray hidden) {
        TypeNetwork t = types[type];
        if ((t.core != null) != (hidden != null)) {
            throw new IllegalArgumentException(t.core != null ? "a recurrent actor needs a hidden state [R, H]"
                    : "this actor has no core; hidden must be null");
        }
        INDArray[] activations = new INDArray[t.trunk.length + 1];
        activations[0] = input;
        for (int l = 0; l < t.trunk.length; l++) {
            INDArray y = t.trunk[l].forward(activations[l]);
            spec.activation().forwardInPlace(y);
            activations[l + 1] = y;
        }
        INDArray features = activations[t.trunk.length];
        GruCell.Step step = null;
        if (t.core != null) {
            step = t.core.forward(features, hidden.castTo(parameters.dataType()));
            features = step.output();
        }
        return new Pass(type, activations, step, features, t.policy.forward(features), t.value.forward(features));
    }

    /**
     * The policy logits only, for acting with a feed-forward actor: the trunk and the policy head,
     * without the value head and without keeping activations for a backward pass.
     *
     * @param input [R, D + N] from {@link #input}
     * @return logits [R, Σ n_c]
     */
    public INDArray policyLogits(int type, INDArray input) {
        TypeNetwork t = types[type];
        if (t.core != null) {
            throw new IllegalStateException("a recurrent actor needs its hidden state; use forward(...)");
        }
        INDArray x = input;
        for (Linear layer : t.trunk) {
            x = layer.forward(x);
            spec.activation().forwardInPlace(x);
        }
        return t.policy.forward(x);
    }

    /**
     * Accumulates parameter gradients of a pass.
     *
     * @param logitGradients dL/dlogits [R, Σ n_c]
     * @param valueGradients dL/dV [R, 1]
     * @param hiddenGradient dL/dh' from later steps [R, H], or null
     * @return dL/dh for the pass's input hidden state [R, H], or null without a core
     */
    public INDArray backward(Pass pass, INDArray logitGradients, INDArray valueGradients, INDArray hiddenGradient) {
        TypeNetwork t = types[pass.type];
        INDArray d = t.policy.backward(pass.features, logitGradients);
        d.addi(t.value.backward(pass.features, valueGradients));
        INDArray hiddenInputGradient = null;
        if (t.core != null) {
            if (hiddenGradient != null) {
                d.addi(hiddenGradient);
            }
            GruCell.Gradients g = t.core.backward(pass.step, d);
            d = g.input();
            hiddenInputGradient = g.hidden();
        }
        INDArray scratch = Nd4j.createUninitialized(d.dataType(), d.shape());
        for (int l = t.trunk.length - 1; l >= 0; l--) {
            spec.activation().backwardInPlace(pass.activations[l + 1], d, scratch);
            d = l == 0 ? backwardWeightsOnly(t.trunk[l], pass.activations[l], d) : t.trunk[l].backward(pass.activations[l], d);
        }
        return hiddenInputGradient;
    }

    private static INDArray backwardWeightsOnly(Linear layer, INDArray input, INDArray outputGradient) {
        layer.backward(input, outputGradient, null, false);
        return null;
    }

    /**
     * Batched inference: samples every agent's action in B environments, one forward pass per
     * unit type. Masked actions are never chosen.
     *
     * @param observations shape [B, N, D] (BatchedEnvironment's buffer)
     * @param masks shape [B, N, A]
     * @param hidden shape [B, N, H], updated in place to h', required exactly when recurrent
     *     (zero a copy's rows when its episode restarts)
     */
    public Acting act(float[] observations, boolean[] masks, int batch, float[] hidden, RandomGenerator random) {
        int n = spec.agents();
        int d = spec.observationSize();
        int a = spec.actions();
        int h = spec.hiddenSize();
        if (observations.length != batch * n * d || masks.length != batch * n * a) {
            throw new IllegalArgumentException("act needs observations [B, N, D] = " + batch * n * d + " and masks [B, N, A] = "
                    + batch * n * a + " values, had " + observations.length + " and " + masks.length);
        }
        if (spec.recurrent() != (hidden != null) || hidden != null && hidden.length != batch * n * h) {
            throw new IllegalArgumentException("hidden must be [B, N, H] = " + batch * n * h + " floats for a recurrent actor and "
                    + "null otherwise");
        }
        int[] actions = new int[batch * n];
        float[] logProbabilities = new float[batch * n];
        float[] values = new float[batch * n];
        for (int u = 0; u < types.length; u++) {
            List<Integer> rows = new ArrayList<>();
            for (int b = 0; b < batch; b++) {
                for (int i = 0; i < n; i++) {
                    if (spec.agentTypes().get(i) == u) {
                        rows.add(b * n + i);
                    }
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            int r = rows.size();
            float[] rowObservations = new float[r * d];
            int[] agentIds = new int[r];
            float[] rowHidden = hidden == null ? null : new float[r * h];
            for (int k = 0; k < r; k++) {
                int row = rows.get(k);
                System.arraycopy(observations, row * d, rowObservations, k * d, d);
                agentIds[k] = row % n;
                if (rowHidden != null) {
                    System.arraycopy(hidden, row * h, rowHidden, k * h, h);
                }
            }
            Pass pass = forward(u, input(rowObservations, agentIds),
                    rowHidden == null ? null : Nd4j.create(rowHidden, new long[] {r, h}, 'c'));
            MultiDiscrete space = types[u].space;
            int width = space.logitSize();
            double[] logits = pass.logits.castTo(DataType.DOUBLE).dup('c').data().asDouble();
            double[] rowValues = pass.values.castTo(DataType.DOUBLE).dup('c').data().asDouble();
            float[] newHidden = rowHidden == null ? null : pass.hidden().castTo(DataType.FLOAT).dup('c').data().asFloat();
            for (int k = 0; k < r; k++) {
                int row = rows.get(k);
                int action = space.sample(logits, k * width, masks, row * a, random);
                actions[row] = action;
                logProbabilities[row] = (float) space.evaluate(logits, k * width, masks, row * a, action, 0, 0, null).logProbability();
                values[row] = (float) rowValues[k];
                if (newHidden != null) {
                    System.arraycopy(newHidden, k * h, hidden, row * h, h);
                }
            }
        }
        return new Acting(actions, logProbabilities, values);
    }

    /** The feed-forward policy of one agent slot, for callers that speak {@link Policy}. */
    public Policy policy(int agent) {
        if (spec.recurrent()) {
            throw new IllegalStateException("a recurrent actor needs its hidden state; use act(...)");
        }
        if (agent < 0 || agent >= spec.agents()) {
            throw new IllegalArgumentException("agent must be in [0, " + spec.agents() + "), was " + agent);
        }
        int type = spec.agentTypes().get(agent);
        return (observations, masks, random) -> {
            int rows = observations.length;
            int d = spec.observationSize();
            int a = spec.actions();
            float[] flat = new float[rows * d];
            boolean[] flatMasks = new boolean[rows * a];
            int[] ids = new int[rows];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(observations[r], 0, flat, r * d, d);
                System.arraycopy(masks[r], 0, flatMasks, r * a, a);
                ids[r] = agent;
            }
            Pass pass = forward(type, input(flat, ids), null);
            MultiDiscrete space = types[type].space;
            double[] logits = pass.logits.castTo(DataType.DOUBLE).dup('c').data().asDouble();
            int[] actions = new int[rows];
            for (int r = 0; r < rows; r++) {
                actions[r] = space.sample(logits, r * space.logitSize(), flatMasks, r * a, random);
            }
            return actions;
        };
    }

    /** Activation used by the trunk (exposed for tests of the fast path against a naive loop). */
    Activation activation() {
        return spec.activation();
    }
}
