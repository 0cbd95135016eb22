package dev.league.coordination;

import dev.league.agents.nn.Linear;
import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The graph-inference module of deep implicit coordination graphs (Li, Gupta, Morton, Kochenderfer,
 * AAMAS 2021, arXiv 2006.11438, Sec. 4.1 and Fig. 2), with a hand-written backward pass:
 *
 * <ol>
 *   <li>encoder per agent type (weights shared by the agents of a type): H⁰ = tanh(tanh(o W₁ + b₁) W₂ + b₂),
 *       [B, N, D] → [B, N, E];</li>
 *   <li>soft adjacency by "general" attention, self-edges included: S = (H⁰ W_a) H⁰ᵀ,
 *       M = softmax_row(S) over the present agents (eq. 2), [B, N, N];</li>
 *   <li>L graph-convolution layers (eq. 3): H^{l+1} = tanh(M H^l W^l + b^l), [B, N, E];</li>
 *   <li>residual output H⁰ + H^L, [B, N, E].</li>
 * </ol>
 *
 * <p>Absent (dead) agents, present[b, i] = 0, get H⁰ = 0, zero rows and columns in M and a zero
 * output row, so they cannot influence present agents. The GCN bias is applied before mixing,
 * M (H W + 1 bᵀ) = M H W + 1 bᵀ on present rows because their M rows sum to 1, and absent rows stay 0.
 * Unlike the reference code, whose GCN layers sit in a plain Python list and are never trained,
 * every GCN weight here is a parameter and receives gradients.
 *
 * <p>Parameters (in a caller's {@link ParameterSet}): {@code <name>.encoder<t>.layer{0,1}.*},
 * {@code <name>.attention.weight} [E, E], {@code <name>.gcn<l>.{weight [E, E], bias [1, E]}}.
 * Internally rows are (batch, agent) pairs, r = b N + i: [B N, ·].
 */
final class GraphInference {

    private final int agents;
    private final int observationSize;
    private final int embedding;
    private final int[] agentTypes;
    private final int types;
    /** Per type, the agent indices of that type in ascending order. */
    private final int[][] agentsOfType;
    private final List<Mlp> encoders;
    private final Linear attention;
    private final List<Linear> gcn;

    private GraphInference(ParameterSet parameters, String name, int agents, int observationSize, int[] agentTypes,
            int hidden, int embedding, int layers) {
        this.agents = agents;
        this.observationSize = observationSize;
        this.embedding = embedding;
        this.agentTypes = agentTypes.clone();
        this.types = typeCount(agentTypes);
        this.agentsOfType = new int[types][];
        List<Mlp> encoders = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            final int type = t;
            agentsOfType[t] = java.util.stream.IntStream.range(0, agents).filter(i -> agentTypes[i] == type).toArray();
            encoders.add(Mlp.bind(parameters, name + ".encoder" + t, observationSize, List.of(hidden, embedding), true));
        }
        this.encoders = List.copyOf(encoders);
        this.attention = Linear.bind(parameters, name + ".attention", embedding, embedding, false);
        List<Linear> gcn = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            gcn.add(Linear.bind(parameters, name + ".gcn" + l, embedding, embedding, true));
        }
        this.gcn = List.copyOf(gcn);
    }

    static int typeCount(int[] agentTypes) {
        int max = -1;
        for (int i = 0; i < agentTypes.length; i++) {
            if (agentTypes[i] < 0) {
                throw new IllegalArgumentException("agentTypes[" + i + "] must be >= 0, was " + agentTypes[i]);
            }
            max = Math.max(max, agentTypes[i]);
        }
        for (int t = 0; t <= max; t++) {
            final int type = t;
            if (Arrays.stream(agentTypes).noneMatch(x -> x == type)) {
                throw new IllegalArgumentException("agentTypes must use every type 0.." + max + ", type " + t + " has no agent");
            }
        }
        return max + 1;
    }

    static void declare(List<ParameterShape> manifest, String name, int observationSize, int[] agentTypes, int hidden,
            int embedding, int layers) {
        for (int t = 0; t < typeCount(agentTypes); t++) {
            Mlp.declare(manifest, name + ".encoder" + t, observationSize, List.of(hidden, embedding));
        }
        Linear.declare(manifest, name + ".attention", embedding, embedding, false);
        for (int l = 0; l < layers; l++) {
            Linear.declare(manifest, name + ".gcn" + l, embedding, embedding, true);
        }
    }

    static GraphInference bind(ParameterSet parameters, String name, int agents, int observationSize, int[] agentTypes,
            int hidden, int embedding, int layers) {
        if (agentTypes.length != agents) {
            throw new IllegalArgumentException("agentTypes must have length N = " + agents + ", was " + agentTypes.length);
        }
        return new GraphInference(parameters, name, agents, observationSize, agentTypes, hidden, embedding, layers);
    }

    /** PyTorch-default initialization of every layer. */
    void initialize(ParameterSet parameters, String name, RandomGenerator random) {
        for (int t = 0; t < types; t++) {
            encoders.get(t).initialize(parameters, name + ".encoder" + t, random);
        }
        attention.initialize(parameters, name + ".attention", random);
        for (int l = 0; l < gcn.size(); l++) {
            gcn.get(l).initialize(parameters, name + ".gcn" + l, random);
        }
    }

    int embedding() {
        return embedding;
    }

    /** Everything the backward pass needs, and the outputs. */
    static final class Pass {
        final int batch;
        final double[] present;            // [B N]
        final List<List<INDArray>> encoderActivations = new ArrayList<>();
        INDArray h0;                       // [B N, E], absent rows 0
        double[] h0Values;                 // same, flat
        double[] attentionValues;          // H⁰ W_a, [B N, E]
        double[] adjacency;                // M, [B, N, N]
        final List<INDArray> hidden = new ArrayList<>();     // H^0 .. H^L as arrays [B N, E]
        final List<double[]> mixedInputs = new ArrayList<>(); // Q^l = H^l W^l + b^l, [B N, E]
        INDArray output;                   // H⁰ + H^L, [B N, E]

        Pass(int batch, double[] present) {
            this.batch = batch;
            this.present = present;
        }

        /** The residual embeddings, shape [B N, E]. */
        INDArray output() {
            return output;
        }

        /** The soft adjacency M, flat [B, N, N]. */
        double[] adjacency() {
            return adjacency;
        }
    }

    /**
     * @param observations shape [B, N, D]
     * @param present 1 for present agents, 0 for absent, flat [B, N]
     */
    Pass forward(INDArray observations, double[] present) {
        if (observations.rank() != 3 || observations.size(1) != agents || observations.size(2) != observationSize) {
            throw new IllegalArgumentException("observations must be [B, " + agents + ", " + observationSize + "], was "
                    + Arrays.toString(observations.shape()));
        }
        int batch = Math.toIntExact(observations.size(0));
        if (present.length != batch * agents) {
            throw new IllegalArgumentException("present must be [B, N] = " + batch * agents + " values, had " + present.length);
        }
        DataType dataType = observations.dataType();
        Pass pass = new Pass(batch, present);
        int rows = batch * agents;
        INDArray flat = observations.dup('c').reshape('c', rows, observationSize);
        INDArray presentColumn = Nd4j.createFromArray(present).reshape(rows, 1).castTo(dataType);
        if (types == 1) {
            List<INDArray> activations = encoders.get(0).forward(flat);
            pass.encoderActivations.add(activations);
            pass.h0 = activations.get(activations.size() - 1).mulColumnVector(presentColumn);
        } else {
            INDArray[] blocks = new INDArray[types];
            for (int t = 0; t < types; t++) {
                List<INDArray> activations = encoders.get(t).forward(Nd4j.pullRows(flat, 1, typeRows(t, batch)));
                pass.encoderActivations.add(activations);
                blocks[t] = activations.get(activations.size() - 1);
            }
            pass.h0 = Nd4j.pullRows(Nd4j.vstack(blocks), 1, inverseTypeRows(batch)).mulColumnVector(presentColumn);
        }
        pass.h0Values = values(pass.h0);
        pass.attentionValues = values(attention.forward(pass.h0));
        pass.adjacency = adjacency(pass.h0Values, pass.attentionValues, present, batch);
        pass.hidden.add(pass.h0);
        INDArray current = pass.h0;
        for (Linear layer : gcn) {
            double[] q = values(layer.forward(current));
            pass.mixedInputs.add(q);
            double[] y = mix(pass.adjacency, q, batch, false);
            for (int k = 0; k < y.length; k++) {
                y[k] = Math.tanh(y[k]);
            }
            current = array(y, rows, embedding, dataType);
            pass.hidden.add(current);
        }
        pass.output = pass.h0.add(current);
        return pass;
    }

    /**
     * Accumulates every parameter gradient for dL/d(output) and, optionally, a direct dL/dM (e.g.
     * from a regularizer on the adjacency).
     *
     * @param outputGradient dL/d(H⁰ + H^L), shape [B N, E]
     * @param adjacencyGradient dL/dM, flat [B, N, N], or null
     */
    void backward(Pass pass, INDArray outputGradient, double[] adjacencyGradient) {
        int batch = pass.batch;
        int rows = batch * agents;
        DataType dataType = pass.h0.dataType();
        double[] residual = values(outputGradient);          // dL/dH⁰ accumulates here
        double[] upstream = residual.clone();                // dL/dH^{l+1}
        adjacencyGradient = adjacencyGradient == null ? new double[batch * agents * agents] : adjacencyGradient.clone();
        for (int l = gcn.size() - 1; l >= 0; l--) {
            double[] next = values(pass.hidden.get(l + 1));
            double[] dy = new double[upstream.length];
            for (int k = 0; k < dy.length; k++) {
                dy[k] = upstream[k] * (1 - next[k] * next[k]);
            }
            double[] q = pass.mixedInputs.get(l);
            // dM[b, i, j] += dY_i · Q_j ; dQ_j = Σ_i M_ij dY_i
            accumulateOuter(dy, q, adjacencyGradient, batch);
            double[] dq = mix(pass.adjacency, dy, batch, true);
            INDArray dh = gcn.get(l).backward(pass.hidden.get(l), array(dq, rows, embedding, dataType));
            if (l == 0) {
                addInto(residual, values(dh));
            } else {
                upstream = values(dh);
            }
        }
        // softmax: dS_ij = M_ij (dM_ij − Σ_k M_ik dM_ik); S_ij = A_i · H_j
        double[] h = pass.h0Values;
        double[] a = pass.attentionValues;
        double[] m = pass.adjacency;
        double[] da = new double[rows * embedding];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < agents; i++) {
                int row = (b * agents + i) * agents;
                double weighted = 0;
                for (int j = 0; j < agents; j++) {
                    weighted += m[row + j] * adjacencyGradient[row + j];
                }
                int ai = (b * agents + i) * embedding;
                for (int j = 0; j < agents; j++) {
                    double ds = m[row + j] * (adjacencyGradient[row + j] - weighted);
                    if (ds == 0) {
                        continue;
                    }
                    int hj = (b * agents + j) * embedding;
                    for (int c = 0; c < embedding; c++) {
                        da[ai + c] += ds * h[hj + c];
                        residual[hj + c] += ds * a[ai + c];
                    }
                }
            }
        }
        addInto(residual, values(attention.backward(pass.h0, array(da, rows, embedding, dataType))));
        for (int r = 0; r < rows; r++) {
            if (pass.present[r] == 0) {
                Arrays.fill(residual, r * embedding, (r + 1) * embedding, 0);
            }
        }
        INDArray encoderGradient = array(residual, rows, embedding, dataType);
        if (types == 1) {
            encoders.get(0).backward(pass.encoderActivations.get(0), encoderGradient, false);
        } else {
            INDArray sorted = Nd4j.pullRows(encoderGradient, 1, concatenatedTypeRows(batch));
            int start = 0;
            for (int t = 0; t < types; t++) {
                int count = batch * agentsOfType[t].length;
                INDArray block = sorted.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(start, start + count),
                        org.nd4j.linalg.indexing.NDArrayIndex.all()).dup('c');
                encoders.get(t).backward(pass.encoderActivations.get(t), block, false);
                start += count;
            }
        }
    }

    /** M[b] = masked row softmax of (A H⁰ᵀ)[b]; rows and columns of absent agents are 0. */
    private double[] adjacency(double[] h, double[] a, double[] present, int batch) {
        double[] m = new double[batch * agents * agents];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < agents; i++) {
                if (present[b * agents + i] == 0) {
                    continue;
                }
                int row = (b * agents + i) * agents;
                int ai = (b * agents + i) * embedding;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < agents; j++) {
                    if (present[b * agents + j] == 0) {
                        continue;
                    }
                    int hj = (b * agents + j) * embedding;
                    double dot = 0;
                    for (int c = 0; c < embedding; c++) {
                        dot += a[ai + c] * h[hj + c];
                    }
                    m[row + j] = dot;
                    max = Math.max(max, dot);
                }
                double total = 0;
                for (int j = 0; j < agents; j++) {
                    if (present[b * agents + j] != 0) {
                        m[row + j] = Math.exp(m[row + j] - max);
                        total += m[row + j];
                    }
                }
                for (int j = 0; j < agents; j++) {
                    m[row + j] /= total;
                }
            }
        }
        return m;
    }

    /** Y[b] = M[b] X[b] (or M[b]ᵀ X[b] when {@code transpose}), X and Y [B N, E]. */
    private double[] mix(double[] m, double[] x, int batch, boolean transpose) {
        double[] y = new double[x.length];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < agents; i++) {
                int yi = (b * agents + i) * embedding;
                for (int j = 0; j < agents; j++) {
                    double weight = transpose ? m[(b * agents + j) * agents + i] : m[(b * agents + i) * agents + j];
                    if (weight == 0) {
                        continue;
                    }
                    int xj = (b * agents + j) * embedding;
                    for (int c = 0; c < embedding; c++) {
                        y[yi + c] += weight * x[xj + c];
                    }
                }
            }
        }
        return y;
    }

    /** dM[b, i, j] += dY[b, i] · Q[b, j]. */
    private void accumulateOuter(double[] dy, double[] q, double[] dm, int batch) {
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < agents; i++) {
                int yi = (b * agents + i) * embedding;
                for (int j = 0; j < agents; j++) {
                    int qj = (b * agents + j) * embedding;
                    double dot = 0;
                    for (int c = 0; c < embedding; c++) {
                        dot += dy[yi + c] * q[qj + c];
                    }
                    dm[(b * agents + i) * agents + j] += dot;
                }
            }
        }
    }

    private int[] typeRows(int type, int batch) {
        int[] of = agentsOfType[type];
        int[] rows = new int[batch * of.length];
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < of.length; k++) {
                rows[b * of.length + k] = b * agents + of[k];
            }
        }
        return rows;
    }

    /** Row r of the concatenated type blocks that holds (b, i), for each r = b N + i. */
    private int[] inverseTypeRows(int batch) {
        int[] concatenated = concatenatedTypeRows(batch);
        int[] inverse = new int[concatenated.length];
        for (int k = 0; k < concatenated.length; k++) {
            inverse[concatenated[k]] = k;
        }
        return inverse;
    }

    /** The (b, i) rows in type-block order. */
    private int[] concatenatedTypeRows(int batch) {
        int[] rows = new int[batch * agents];
        int k = 0;
        for (int t = 0; t < types; t++) {
            for (int r : typeRows(t, batch)) {
                rows[k++] = r;
            }
        }
        return rows;
    }

    static double[] values(INDArray array) {
        return array.dup('c').data().asDouble();
    }

    static INDArray array(double[] values, int rows, int columns, DataType dataType) {
        INDArray array = Nd4j.createFromArray(values).reshape('c', rows, columns);
        return dataType == DataType.DOUBLE ? array : array.castTo(dataType);
    }

    private static void addInto(double[] target, double[] source) {
        for (int k = 0; k < target.length; k++) {
            target[k] += source[k];
        }
    }
}
