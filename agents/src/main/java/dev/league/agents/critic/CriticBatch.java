package dev.league.agents.critic;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One minibatch of joint observations and actions for the critic.
 *
 * @param observations per agent i, shape [B, D_i]
 * @param actions shape [B, N] row-major ({@code actions[b * N + i]}), as {@code BatchedEnvironment#step} takes them
 */
public record CriticBatch(List<INDArray> observations, int[] actions) {

    public CriticBatch {
        if (observations == null || observations.isEmpty()) {
            throw new IllegalArgumentException("batch.observations must list one [B, D_i] array per agent");
        }
        observations = List.copyOf(observations);
        long batch = observations.get(0).rows();
        for (int i = 0; i < observations.size(); i++) {
            INDArray o = observations.get(i);
            if (o.rank() != 2 || o.rows() != batch) {
                throw new IllegalArgumentException("batch.observations[" + i + "] must be [" + batch + ", D], was "
                        + Arrays.toString(o.shape()));
            }
        }
        if (actions == null || actions.length != batch * observations.size()) {
            throw new IllegalArgumentException("batch.actions must have B * N = " + batch * observations.size() + " entries, had "
                    + (actions == null ? "none" : actions.length));
        }
    }

    /** B. */
    public int size() {
        return Math.toIntExact(observations.get(0).rows());
    }

    /** Splits a BatchedEnvironment observation buffer [B, N, D] into per-agent [B, D] arrays. */
    public static CriticBatch fromJoint(float[] observations, int batch, int agents, int observationSize, int[] actions,
            DataType dataType) {
        if (observations.length != batch * agents * observationSize) {
            throw new IllegalArgumentException("observations must be [B, N, D] = " + batch * agents * observationSize + " floats, had "
                    + observations.length);
        }
        INDArray joint = Nd4j.create(observations, new long[] {batch, agents, observationSize}, 'c').castTo(dataType);
        INDArray[] perAgent = new INDArray[agents];
        for (int i = 0; i < agents; i++) {
            perAgent[i] = joint.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(i),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()).dup('c');
        }
        return new CriticBatch(List.of(perAgent), actions.clone());
    }
}
