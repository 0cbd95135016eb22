package dev.league.agents.critic;

import dev.league.agents.nn.Activation;
import dev.league.agents.nn.Linear;
import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The attention critic of MAAC (Iqbal &amp; Sha, "Actor-Attention-Critic for Multi-Agent
 * Reinforcement Learning", ICML 2019, Sec. 3.2, eq. 5-7), as in the authors' {@code AttentionCritic}:
 *
 * <pre>
 *   e_i = LReLU(W^e_i [o_i, onehot(a_i)] + b^e_i)            state-action encoding   [N, B, H]
 *   s_i = LReLU(W^s_i o_i + b^s_i)                           state encoding          [N, B, H]
 *   k_j = W_k e_j,  v_j = LReLU(W_v e_j + b_v),  q_i = W_q s_i   shared by all agents   [N, B, H]
 *   x_i^h = Σ_{j≠i} α_ij^h v_j^h,  α_ij^h = softmax_j(q_i^h·k_j^h / sqrt(H/heads))          [N, B, H]
 *   Q_i(o, ·, a_−i) = W^2_i LReLU(W^1_i [s_i, x_i] + b^1_i) + b^2_i                       [B, A_i]
 * </pre>
 *
 * Agent i's own action never enters its Q head, so one pass yields Q for every action of every
 * agent, which the counterfactual baseline needs ({@link CounterfactualBaseline}). Loss:
 * Σ_i mean_b (Q_i(o, a) − y_i)² + c · Σ_i Σ_h mean_{b, j≠i}((q_i^h·k_j^h)²).
 * Not included from the reference: the affine-free input BatchNorm (normalize inputs upstream).
 *
 * <p>Implementation: hand-written forward and backward on preallocated agent-major buffers
 * (one set per batch size), per-agent layers as gemms on views, shared projections as one gemm
 * over [N·B, H], and the attention in a fused Java kernel parallel over the batch
 * (shared/notes/nd4j-critic-probe.md). Not thread-safe: one critic per learner thread.
 */
public final class MaacCritic {

    private final MaacCriticSpec spec;
    private final DataType dataType;
    private final ParameterSet parameters;
    private final int n;
    private final int hidden;
    private final Linear[] stateActionEncoders;
    private final Linear[] stateEncoders;
    private final Linear[] headHidden;
    private final Linear[] headAttention;
    private final Linear[] headOutput;
    private final Linear keys;
    private final Linear queries;
    private final Linear values;
    private final AttentionKernel kernel;
    private final long sharedStart;
    private final long sharedEnd;
    private Workspace workspace;

    /** TD loss and attention regularizer of one evaluation. */
    public record CriticLoss(double temporalDifference, double regularization) {
        public double total() {
            return temporalDifference + regularization;
        }
    }

    private MaacCritic(MaacCriticSpec spec, ParameterSet parameters) {
        this.spec = spec;
        this.parameters = parameters;
        this.dataType = parameters.dataType();
        this.n = spec.agents();
        this.hidden = spec.hiddenSize();
        stateActionEncoders = new Linear[n];
        stateEncoders = new Linear[n];
        headHidden = new Linear[n];
        headAttention = new Linear[n];
        headOutput = new Linear[n];
        for (int i = 0; i < n; i++) {
            int d = spec.observationSizes().get(i);
            int a = spec.actionCounts().get(i);
            stateActionEncoders[i] = Linear.bind(parameters, name(i, "stateActionEncoder"), d + a, hidden, true);
            stateEncoders[i] = Linear.bind(parameters, name(i, "stateEncoder"), d, hidden, true);
            headHidden[i] = Linear.bind(parameters, name(i, "head.state"), hidden, hidden, true);
            headAttention[i] = Linear.bind(parameters, name(i, "head.attention"), hidden, hidden, false);
            headOutput[i] = Linear.bind(parameters, name(i, "head.output"), hidden, a, true);
        }
        keys = Linear.bind(parameters, "critic.key", hidden, hidden, false);
        queries = Linear.bind(parameters, "critic.query", hidden, hidden, false);
        values = Linear.bind(parameters, "critic.value", hidden, hidden, true);
        kernel = spec.attention().kernel(spec.heads(), hidden / spec.heads());
        sharedStart = parameters.range(name(0, "stateActionEncoder") + ".weight")[0];
        sharedEnd = parameters.range("critic.value.bias")[1];
    }

    private static String name(int agent, String part) {
        return "critic.agent" + agent + "." + part;
    }

    /** The parameter layout: state-action encoders and the shared key/query/value first (one contiguous range). */
    static List<ParameterShape> manifest(MaacCriticSpec spec) {
        List<ParameterShape> manifest = new ArrayList<>();
        int h = spec.hiddenSize();
        for (int i = 0; i < spec.agents(); i++) {
            Linear.declare(manifest, name(i, "stateActionEncoder"), spec.observationSizes().get(i) + spec.actionCounts().get(i), h, true);
        }
        Linear.declare(manifest, "critic.key", h, h, false);
        Linear.declare(manifest, "critic.query", h, h, false);
        Linear.declare(manifest, "critic.value", h, h, true);
        for (int i = 0; i < spec.agents(); i++) {
            Linear.declare(manifest, name(i, "stateEncoder"), spec.observationSizes().get(i), h, true);
            Linear.declare(manifest, name(i, "head.state"), h, h, true);
            Linear.declare(manifest, name(i, "head.attention"), h, h, false);
            Linear.declare(manifest, name(i, "head.output"), h, spec.actionCounts().get(i), true);
        }
        return manifest;
    }

    /** A critic with PyTorch-default initialization drawn from {@code random}. */
    public static MaacCritic create(MaacCriticSpec spec, DataType dataType, RandomGenerator random) {
        MaacCritic critic = new MaacCritic(spec, ParameterSet.allocate(dataType, manifest(spec)));
        ParameterSet p = critic.parameters;
        for (int i = 0; i < critic.n; i++) {
            critic.stateActionEncoders[i].initialize(p, name(i, "stateActionEncoder"), random);
            critic.stateEncoders[i].initialize(p, name(i, "stateEncoder"), random);
            critic.headHidden[i].initialize(p, name(i, "head.state"), random);
            // the two halves of MAAC's Linear(2H -> H) share its fan-in 2H
            p.initializeUniform(name(i, "head.attention") + ".weight", 1 / Math.sqrt(2.0 * critic.hidden), random);
            p.initializeUniform(name(i, "head.state") + ".weight", 1 / Math.sqrt(2.0 * critic.hidden), random);
            critic.headOutput[i].initialize(p, name(i, "head.output"), random);
        }
        critic.keys.initialize(p, "critic.key", random);
        critic.queries.initialize(p, "critic.query", random);
        critic.values.initialize(p, "critic.value", random);
        return critic;
    }

    /** A critic over existing parameters (e.g. decoded by the codec); the manifest must match the spec. */
    public static MaacCritic of(MaacCriticSpec spec, ParameterSet parameters) {
        if (!parameters.manifest().equals(manifest(spec))) {
            throw new IllegalArgumentException("parameters do not match the critic spec's manifest");
        }
        return new MaacCritic(spec, parameters);
    }

    /** An independent copy with equal parameters (e.g. the target critic). */
    public MaacCritic copy() {
        return new MaacCritic(spec, parameters.copy());
    }

    public MaacCriticSpec spec() {
        return spec;
    }

    public ParameterSet parameters() {
        return parameters;
    }

    /** θ̄ ← (1 − τ) θ̄ + τ θ with this critic as the target θ̄ (MAAC: τ = 1e-3 per update). */
    public void softUpdateFrom(MaacCritic online, double tau) {
        parameters.softUpdateFrom(online.parameters, tau);
    }

    /**
     * Q-values of every action of every agent, given the other agents' actions.
     *
     * @return per agent i a new array [B, A_i]
     */
    public List<INDArray> qValues(CriticBatch batch) {
        Workspace w = forward(batch);
        List<INDArray> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(w.qAll[i].dup());
        }
        return result;
    }

    /**
     * The loss without gradients.
     *
     * @param targets y, shape [B, N]
     */
    public CriticLoss loss(CriticBatch batch, INDArray targets) {
        Workspace w = forward(batch);
        return new CriticLoss(temporalDifference(w, batch, targets, false), w.regularization);
    }

    /**
     * Zeroes the gradients, then computes the loss and its gradient into
     * {@code parameters().gradients()} (shared-module gradients divided by N if the spec says so).
     *
     * @param targets y_i = r_i + γ(1 − done) Q̄_i(o', a') − α log π̄(a'_i | o'_i), shape [B, N]
     */
    public CriticLoss computeGradients(CriticBatch batch, INDArray targets) {
        parameters.zeroGradients();
        Workspace w = forward(batch);
        double td = temporalDifference(w, batch, targets, true);
        backward(w);
        if (spec.scaleSharedGradients()) {
            parameters.gradientRange(sharedStart, sharedEnd).muli(1.0 / n);
        }
        return new CriticLoss(td, w.regularization);
    }

    private Workspace workspace(int batch) {
        if (workspace == null || workspace.batch != batch) {
            workspace = new Workspace(batch);
        }
        return workspace;
    }

    private Workspace forward(CriticBatch batch) {
        if (batch.observations().size() != n) {
            throw new IllegalArgumentException("batch has " + batch.observations().size() + " agents, critic expects " + n);
        }
        int b = batch.size();
        Workspace w = workspace(b);
        for (int i = 0; i < n; i++) {
            INDArray o = batch.observations().get(i);
            int d = spec.observationSizes().get(i);
            int a = spec.actionCounts().get(i);
            if (o.columns() != d) {
                throw new IllegalArgumentException("batch.observations[" + i + "] must be [B, " + d + "], was "
                        + Arrays.toString(o.shape()));
            }
            w.observations[i].assign(o.dataType() == dataType ? o : o.castTo(dataType));
            w.stateActionInput[i].get(NDArrayIndex.all(), NDArrayIndex.interval(0, d)).assign(w.observations[i]);
            w.stateActionInput[i].get(NDArrayIndex.all(), NDArrayIndex.interval(d, d + a)).assign(0);
            HostArray input = HostArray.of(w.stateActionInput[i]);
            for (int row = 0; row < b; row++) {
                int action = batch.actions()[row * n + i];
                if (action < 0 || action >= a) {
                    throw new IllegalArgumentException("batch.actions[" + row + ", " + i + "] must be in [0, " + a + "), was " + action);
                }
                input.set((long) row * (d + a) + d + action, 1.0);
            }
            input.markWritten();
            stateActionEncoders[i].forward(w.stateActionInput[i], w.e[i], false);
            stateEncoders[i].forward(w.observations[i], w.s[i], false);
        }
        Activation.LEAKY_RELU.forwardInPlace(w.encodings);
        Activation.LEAKY_RELU.forwardInPlace(w.states);
        keys.forward(w.encodings2d, w.keys2d, false);
        values.forward(w.encodings2d, w.values2d, false);
        Activation.LEAKY_RELU.forwardInPlace(w.values);
        queries.forward(w.states2d, w.queries2d, false);
        double squares = attendForward(w);
        w.regularization = spec.attentionRegularization() * squares / ((double) b * (n - 1));
        for (int i = 0; i < n; i++) {
            headHidden[i].forward(w.s[i], w.z[i], false);
            headAttention[i].forward(w.x[i], w.z[i], true);
        }
        Activation.LEAKY_RELU.forwardInPlace(w.hiddenLayer);
        for (int i = 0; i < n; i++) {
            headOutput[i].forward(w.z[i], w.qAll[i], false);
        }
        return w;
    }

    /** Σ_i mean_b (Q_i(b, a_i) − y_i)², and when {@code gradient} its derivative into dQ [B, A_i]. */
    private double temporalDifference(Workspace w, CriticBatch batch, INDArray targets, boolean gradient) {
        int b = w.batch;
        if (targets.rank() != 2 || targets.rows() != b || targets.columns() != n) {
            throw new IllegalArgumentException("targets must be [" + b + ", " + n + "], were " + Arrays.toString(targets.shape()));
        }
        HostArray y = HostArray.of(targets.castTo(dataType).dup('c'));
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int a = spec.actionCounts().get(i);
            HostArray q = HostArray.of(w.qAll[i]);
            HostArray dq = null;
            if (gradient) {
                w.qAllGradients[i].assign(0);
                dq = HostArray.of(w.qAllGradients[i]);
            }
            for (int row = 0; row < b; row++) {
                long index = (long) row * a + batch.actions()[row * n + i];
                double difference = q.get(index) - y.get((long) row * n + i);
                loss += difference * difference / b;
                if (dq != null) {
                    dq.set(index, 2 * difference / b);
                }
            }
            if (dq != null) {
                dq.markWritten();
            }
        }
        return loss;
    }

    private void backward(Workspace w) {
        for (int i = 0; i < n; i++) {
            headOutput[i].backward(w.z[i], w.qAllGradients[i], w.dz[i], false);
        }
        Activation.LEAKY_RELU.backwardInPlace(w.hiddenLayer, w.hiddenGradient, w.scratch);
        for (int i = 0; i < n; i++) {
            headHidden[i].backward(w.s[i], w.dz[i], w.ds[i], false);
            headAttention[i].backward(w.x[i], w.dz[i], w.dx[i], false);
        }
        attendBackward(w, spec.attentionRegularization() / ((double) w.batch * (n - 1)));
        Activation.LEAKY_RELU.backwardInPlace(w.values, w.valueGradients, w.scratch);
        values.backward(w.encodings2d, w.valueGradients2d, w.encodingGradients2d, false);
        keys.backward(w.encodings2d, w.keyGradients2d, w.encodingGradients2d, true);
        queries.backward(w.states2d, w.queryGradients2d, w.stateGradients2d, true);
        Activation.LEAKY_RELU.backwardInPlace(w.encodings, w.encodingGradients, w.scratch);
        Activation.LEAKY_RELU.backwardInPlace(w.states, w.stateGradients, w.scratch);
        for (int i = 0; i < n; i++) {
            stateActionEncoders[i].backward(w.stateActionInput[i], w.de[i], null, false);
            stateEncoders[i].backward(w.observations[i], w.ds[i], null, false);
        }
    }

    private int chunks(int batch) {
        return Math.max(1, Math.min(batch, 4 * Runtime.getRuntime().availableProcessors()));
    }

    /** x ← attention(q, k, v) row by row (batch-major copies of agent-major rows); returns Σ logits². */
    private double attendForward(Workspace w) {
        int b = w.batch;
        HostArray q = HostArray.of(w.queries);
        HostArray k = HostArray.of(w.keys);
        HostArray v = HostArray.of(w.values);
        HostArray x = HostArray.of(w.attended);
        int chunks = chunks(b);
        double total = IntStream.range(0, chunks).parallel().mapToDouble(chunk -> {
            AttentionKernel.Worker worker = kernel.worker(n);
            double[] lq = new double[n * hidden];
            double[] lk = new double[n * hidden];
            double[] lv = new double[n * hidden];
            double[] lx = new double[n * hidden];
            float[] scratch = new float[hidden];
            double squares = 0;
            for (int row = chunk * b / chunks; row < (chunk + 1) * b / chunks; row++) {
                for (int i = 0; i < n; i++) {
                    long at = ((long) i * b + row) * hidden;
                    q.read(at, lq, i * hidden, hidden, scratch);
                    k.read(at, lk, i * hidden, hidden, scratch);
                    v.read(at, lv, i * hidden, hidden, scratch);
                }
                squares += worker.forward(lq, lk, lv, lx, w.saved, row * w.savedPerRow);
                for (int i = 0; i < n; i++) {
                    x.write(((long) i * b + row) * hidden, lx, i * hidden, hidden, scratch);
                }
            }
            return squares;
        }).sum();
        x.markWritten();
        return total;
    }

    private void attendBackward(Workspace w, double regularizationScale) {
        int b = w.batch;
        HostArray q = HostArray.of(w.queries);
        HostArray k = HostArray.of(w.keys);
        HostArray v = HostArray.of(w.values);
        HostArray dx = HostArray.of(w.attendedGradients);
        HostArray dq = HostArray.of(w.queryGradients);
        HostArray dk = HostArray.of(w.keyGradients);
        HostArray dv = HostArray.of(w.valueGradients);
        int chunks = chunks(b);
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            AttentionKernel.Worker worker = kernel.worker(n);
            int size = n * hidden;
            double[] lq = new double[size];
            double[] lk = new double[size];
            double[] lv = new double[size];
            double[] ldx = new double[size];
            double[] ldq = new double[size];
            double[] ldk = new double[size];
            double[] ldv = new double[size];
            float[] scratch = new float[hidden];
            for (int row = chunk * b / chunks; row < (chunk + 1) * b / chunks; row++) {
                for (int i = 0; i < n; i++) {
                    long at = ((long) i * b + row) * hidden;
                    q.read(at, lq, i * hidden, hidden, scratch);
                    k.read(at, lk, i * hidden, hidden, scratch);
                    v.read(at, lv, i * hidden, hidden, scratch);
                    dx.read(at, ldx, i * hidden, hidden, scratch);
                }
                worker.backward(lq, lk, lv, ldx, regularizationScale, ldq, ldk, ldv, w.saved, row * w.savedPerRow);
                for (int i = 0; i < n; i++) {
                    long at = ((long) i * b + row) * hidden;
                    dq.write(at, ldq, i * hidden, hidden, scratch);
                    dk.write(at, ldk, i * hidden, hidden, scratch);
                    dv.write(at, ldv, i * hidden, hidden, scratch);
                }
            }
        });
        dq.markWritten();
        dk.markWritten();
        dv.markWritten();
    }

    /** Every activation and gradient buffer for one batch size B, allocated once. */
    private final class Workspace {
        final int batch;
        final INDArray[] observations = new INDArray[n];      // [B, D_i]
        final INDArray[] stateActionInput = new INDArray[n];  // [B, D_i + A_i]
        final INDArray[] qAll = new INDArray[n];              // [B, A_i]
        final INDArray[] qAllGradients = new INDArray[n];     // [B, A_i]
        // agent-major [N, B, H]
        final INDArray encodings;         // e
        final INDArray states;            // s
        final INDArray keys;              // k
        final INDArray values;            // v (after LReLU)
        final INDArray queries;           // q
        final INDArray attended;          // x
        final INDArray hiddenLayer;       // z (after LReLU)
        final INDArray encodingGradients;
        final INDArray stateGradients;
        final INDArray keyGradients;
        final INDArray valueGradients;
        final INDArray queryGradients;
        final INDArray attendedGradients;
        final INDArray hiddenGradient;
        final INDArray scratch;
        // per-agent [B, H] views
        final INDArray[] e;
        final INDArray[] s;
        final INDArray[] x;
        final INDArray[] z;
        final INDArray[] de;
        final INDArray[] ds;
        final INDArray[] dx;
        final INDArray[] dz;
        // [N·B, H] views for the shared projections
        final INDArray encodings2d;
        final INDArray states2d;
        final INDArray keys2d;
        final INDArray values2d;
        final INDArray queries2d;
        final INDArray encodingGradients2d;
        final INDArray stateGradients2d;
        final INDArray keyGradients2d;
        final INDArray valueGradients2d;
        final INDArray queryGradients2d;
        /** What the attention kernel keeps from forward for backward, [B, savedPerRow]. */
        final int savedPerRow;
        final double[] saved;
        double regularization;

        Workspace(int batch) {
            this.batch = batch;
            this.savedPerRow = kernel.savedSize(n);
            this.saved = savedPerRow == 0 ? null : new double[Math.multiplyExact(batch, savedPerRow)];
            for (int i = 0; i < n; i++) {
                int d = spec.observationSizes().get(i);
                int a = spec.actionCounts().get(i);
                observations[i] = Nd4j.zeros(dataType, batch, d);
                stateActionInput[i] = Nd4j.zeros(dataType, batch, d + a);
                qAll[i] = Nd4j.zeros(dataType, batch, a);
                qAllGradients[i] = Nd4j.zeros(dataType, batch, a);
            }
            encodings = agentMajor();
            states = agentMajor();
            keys = agentMajor();
            values = agentMajor();
            queries = agentMajor();
            attended = agentMajor();
            hiddenLayer = agentMajor();
            encodingGradients = agentMajor();
            stateGradients = agentMajor();
            keyGradients = agentMajor();
            valueGradients = agentMajor();
            queryGradients = agentMajor();
            attendedGradients = agentMajor();
            hiddenGradient = agentMajor();
            scratch = agentMajor();
            e = views(encodings);
            s = views(states);
            x = views(attended);
            z = views(hiddenLayer);
            de = views(encodingGradients);
            ds = views(stateGradients);
            dx = views(attendedGradients);
            dz = views(hiddenGradient);
            encodings2d = flat(encodings);
            states2d = flat(states);
            keys2d = flat(keys);
            values2d = flat(values);
            queries2d = flat(queries);
            encodingGradients2d = flat(encodingGradients);
            stateGradients2d = flat(stateGradients);
            keyGradients2d = flat(keyGradients);
            valueGradients2d = flat(valueGradients);
            queryGradients2d = flat(queryGradients);
        }

        private INDArray agentMajor() {
            return Nd4j.zeros(dataType, n, batch, hidden);
        }

        private INDArray[] views(INDArray array) {
            INDArray[] views = new INDArray[n];
            for (int i = 0; i < n; i++) {
                views[i] = array.tensorAlongDimension(i, 1, 2);
            }
            return views;
        }

        private INDArray flat(INDArray array) {
            return array.reshape('c', (long) n * batch, hidden);
        }
    }
}
