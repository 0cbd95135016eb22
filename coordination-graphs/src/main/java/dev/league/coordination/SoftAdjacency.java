package dev.league.coordination;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The attention-based soft adjacency of deep implicit coordination graphs (Li, Gupta, Morton,
 * Kochenderfer 2021, "Deep Implicit Coordination Graphs for Multi-agent Reinforcement Learning",
 * eq. 2 in spirit): M[i, j] = softmax_j(e_i . e_j / sqrt(D)) over the present agents j, self
 * included. The learned bilinear form W_a and the GNN message passing arrive with the DICG issue;
 * this is the scaled dot-product core they build on.
 */
public final class SoftAdjacency {

    private SoftAdjacency() {}

    /**
     * @param embeddings agent embeddings, shape [B, N, D]
     * @param present 1 for present (alive) agents, 0 for absent, shape [B, N]
     * @return adjacency, shape [B, N, N]: row i is agent i's attention over present agents and sums
     *     to 1; rows and columns of absent agents are exactly 0
     */
    public static INDArray compute(INDArray embeddings, INDArray present) {
        if (embeddings.rank() != 3 || present.rank() != 2 || present.size(0) != embeddings.size(0)
                || present.size(1) != embeddings.size(1)) {
            throw new IllegalArgumentException("shapes must be embeddings [B, N, D] and present [B, N], were "
                    + java.util.Arrays.toString(embeddings.shape()) + " and " + java.util.Arrays.toString(present.shape()));
        }
        long batch = embeddings.size(0);
        long agents = embeddings.size(1);
        double scale = 1.0 / Math.sqrt(embeddings.size(2));
        INDArray adjacency = Nd4j.zeros(embeddings.dataType(), batch, agents, agents);
        for (long b = 0; b < batch; b++) {
            INDArray e = embeddings.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.all());  // [N, D]
            INDArray mask = present.getRow(b).castTo(embeddings.dataType()).reshape(1, agents);          // [1, N]
            INDArray scores = e.mmul(e.transpose()).muli(scale);                                         // [N, N]
            scores.addiRowVector(mask.rsub(1.0).muli(-1e9));
            INDArray weights = Transforms.softmax(scores, false).muliRowVector(mask);
            INDArray sums = weights.sum(true, 1);                                                        // [N, 1]
            weights.diviColumnVector(Transforms.max(sums, 1e-30, false));
            weights.muliColumnVector(mask.reshape(agents, 1));
            adjacency.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.all()).assign(weights);
        }
        return adjacency;
    }
}
