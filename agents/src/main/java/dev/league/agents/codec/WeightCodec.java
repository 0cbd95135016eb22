package dev.league.agents.codec;

import dev.league.agents.policy.LinearSoftmaxPolicy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Policy parameters to bytes and back, for the weight store. Layout (little-endian):
 * magic {@code LGW1}, int A, int D, float32 W [A, D] row-major, float32 b [A], then a CRC-32C of
 * everything before it. A corrupted or truncated blob is rejected, never half-read.
 */
public final class WeightCodec {

    private static final int MAGIC = 0x3157474C; // "LGW1" little-endian

    private WeightCodec() {}

    public static byte[] encode(LinearSoftmaxPolicy policy) {
        int actions = policy.actions();
        int observationSize = policy.observationSize();
        float[] weights = policy.weights().castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] bias = policy.bias().castTo(DataType.FLOAT).dup('c').data().asFloat();
        ByteBuffer buffer = ByteBuffer.allocate(12 + 4 * (weights.length + bias.length) + 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(actions).putInt(observationSize);
        for (float value : weights) {
            buffer.putFloat(value);
        }
        for (float value : bias) {
            buffer.putFloat(value);
        }
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    /** @throws IllegalArgumentException if the bytes are not an intact encoded policy */
    public static LinearSoftmaxPolicy decode(byte[] bytes) {
        if (bytes == null || bytes.length < 16) {
            throw new IllegalArgumentException("weights blob too short: " + (bytes == null ? "null" : bytes.length + " bytes"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != buffer.getInt(bytes.length - 4)) {
            throw new IllegalArgumentException("weights blob checksum mismatch (corrupted or truncated)");
        }
        if (buffer.getInt() != MAGIC) {
            throw new IllegalArgumentException("weights blob has an unknown format (magic mismatch)");
        }
        int actions = buffer.getInt();
        int observationSize = buffer.getInt();
        if (actions <= 0 || observationSize <= 0 || 16 + 4L * (actions * (long) observationSize + actions) != bytes.length) {
            throw new IllegalArgumentException("weights blob shape [" + actions + ", " + observationSize
                    + "] does not match its length " + bytes.length);
        }
        float[] weights = new float[actions * observationSize];
        float[] bias = new float[actions];
        buffer.asFloatBuffer().get(weights).get(bias);
        return new LinearSoftmaxPolicy(
                Nd4j.create(weights, new long[] {actions, observationSize}, 'c'),
                Nd4j.create(bias, new long[] {1, actions}, 'c'));
    }
}
