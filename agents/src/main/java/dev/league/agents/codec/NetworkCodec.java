package dev.league.agents.codec;

import dev.league.agents.nn.Adam;
import dev.league.agents.nn.ParameterSet;
import dev.league.agents.nn.ParameterShape;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network's parameters, and optionally its Adam state, to bytes and back, bit-exact.
 *
 * <p>Layout (little-endian): magic {@code LGN1}; int version (1); byte data type (0 = float32,
 * 1 = float64); int entry count; per entry: int name length, UTF-8 name, int rank, long[rank]
 * shape (the shape manifest); P parameter values in manifest order; byte optimizer flag; if set:
 * long step count, P first moments, P second moments; finally a CRC-32C of everything before it.
 * A truncated, corrupted or foreign blob is rejected with an {@link IllegalArgumentException}
 * saying why, never half-read.
 */
public final class NetworkCodec {

    private static final int MAGIC = 0x314E474C;  // "LGN1" little-endian
    private static final int VERSION = 1;

    private NetworkCodec() {}

    /** Adam's state as stored: t, and m, v of shape [1, P]. */
    public record OptimizerState(long steps, INDArray firstMoment, INDArray secondMoment) {}

    /** What a blob holds: fresh parameters (zero gradients) and the optimizer state, or null if none was saved. */
    public record Decoded(ParameterSet parameters, OptimizerState optimizer) {}

    /** @param optimizer the optimizer over {@code parameters}, or null to store parameters only */
    public static byte[] encode(ParameterSet parameters, Adam optimizer) {
        if (optimizer != null && optimizer.parameters() != parameters) {
            throw new IllegalArgumentException("the optimizer must be the one over these parameters");
        }
        boolean wide = parameters.dataType() == DataType.DOUBLE;
        int width = wide ? 8 : 4;
        long p = parameters.size();
        List<byte[]> names = new ArrayList<>();
        long header = 4 + 4 + 1 + 4;
        for (ParameterShape entry : parameters.manifest()) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            header += 4 + name.length + 4 + 8L * entry.shape().length;
        }
        long total = header + width * p + 1 + (optimizer == null ? 0 : 8 + 2 * width * p) + 4;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large for one blob: " + total + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(VERSION).put((byte) (wide ? 1 : 0)).putInt(parameters.manifest().size());
        for (int i = 0; i < names.size(); i++) {
            long[] shape = parameters.manifest().get(i).shape();
            buffer.putInt(names.get(i).length).put(names.get(i)).putInt(shape.length);
            for (long dimension : shape) {
                buffer.putLong(dimension);
            }
        }
        put(buffer, parameters.values(), wide);
        buffer.put((byte) (optimizer == null ? 0 : 1));
        if (optimizer != null) {
            buffer.putLong(optimizer.steps());
            put(buffer, optimizer.firstMoment(), wide);
            put(buffer, optimizer.secondMoment(), wide);
        }
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    private static void put(ByteBuffer buffer, INDArray values, boolean wide) {
        INDArray flat = values.dup('c');
        if (wide) {
            for (double value : flat.data().asDouble()) {
                buffer.putDouble(value);
            }
        } else {
            for (float value : flat.data().asFloat()) {
                buffer.putFloat(value);
            }
        }
    }

    /** @throws IllegalArgumentException if the bytes are not an intact encoded network */
    public static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length < 18) {
            throw new IllegalArgumentException("network blob too short: " + (bytes == null ? "null" : bytes.length + " bytes"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != buffer.getInt(bytes.length - 4)) {
            throw new IllegalArgumentException("network blob checksum mismatch (corrupted or truncated): CRC-32C of "
                    + (bytes.length - 4) + " bytes is " + Long.toHexString(crc.getValue()));
        }
        try {
            if (buffer.getInt() != MAGIC) {
                throw new IllegalArgumentException("network blob has an unknown format (magic mismatch)");
            }
            int version = buffer.getInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("network blob version " + version + " is not supported (expected " + VERSION + ")");
            }
            byte type = buffer.get();
            if (type != 0 && type != 1) {
                throw new IllegalArgumentException("network blob data type code must be 0 or 1, was " + type);
            }
            boolean wide = type == 1;
            int entries = buffer.getInt();
            if (entries < 1 || entries > 1_000_000) {
                throw new IllegalArgumentException("network blob entry count must be in [1, 1e6], was " + entries);
            }
            List<ParameterShape> manifest = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                int length = buffer.getInt();
                if (length < 1 || length > buffer.remaining()) {
                    throw new IllegalArgumentException("network blob entry " + i + " name length " + length + " is invalid");
                }
                byte[] name = new byte[length];
                buffer.get(name);
                int rank = buffer.getInt();
                if (rank < 1 || rank > 8) {
                    throw new IllegalArgumentException("network blob entry " + i + " rank must be in [1, 8], was " + rank);
                }
                long[] shape = new long[rank];
                for (int d = 0; d < rank; d++) {
                    shape[d] = buffer.getLong();
                }
                manifest.add(new ParameterShape(new String(name, StandardCharsets.UTF_8), shape));
            }
            ParameterSet parameters = ParameterSet.allocate(wide ? DataType.DOUBLE : DataType.FLOAT, manifest);
            long p = parameters.size();
            int width = wide ? 8 : 4;
            if (buffer.remaining() < width * p + 1 + 4) {
                throw new IllegalArgumentException("network blob is shorter than its manifest (" + p + " values) requires");
            }
            parameters.values().assign(take(buffer, p, wide));
            byte flag = buffer.get();
            OptimizerState optimizer = null;
            if (flag == 1) {
                long steps = buffer.getLong();
                INDArray first = take(buffer, p, wide);
                INDArray second = take(buffer, p, wide);
                optimizer = new OptimizerState(steps, first, second);
            } else if (flag != 0) {
                throw new IllegalArgumentException("network blob optimizer flag must be 0 or 1, was " + flag);
            }
            if (buffer.remaining() != 4) {
                throw new IllegalArgumentException("network blob has " + (buffer.remaining() - 4) + " unexpected trailing bytes");
            }
            return new Decoded(parameters, optimizer);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("network blob ends early; its header is inconsistent", e);
        }
    }

    private static INDArray take(ByteBuffer buffer, long count, boolean wide) {
        int n = Math.toIntExact(count);
        if (wide) {
            double[] values = new double[n];
            buffer.asDoubleBuffer().get(values);
            buffer.position(buffer.position() + 8 * n);
            return Nd4j.createFromArray(values).reshape(1, n);
        }
        float[] values = new float[n];
        buffer.asFloatBuffer().get(values);
        buffer.position(buffer.position() + 4 * n);
        return Nd4j.createFromArray(values).reshape(1, n);
    }

    /**
     * Decodes {@code bytes} into an existing network's parameters (and optimizer, if both the blob and
     * the caller have one). The manifests and data types must match exactly.
     */
    public static void restore(byte[] bytes, ParameterSet target, Adam optimizer) {
        Decoded decoded = decode(bytes);
        if (!decoded.parameters().manifest().equals(target.manifest())) {
            throw new IllegalArgumentException("network blob manifest does not match the target network ("
                    + decoded.parameters().manifest().size() + " vs " + target.manifest().size() + " entries)");
        }
        if (decoded.parameters().dataType() != target.dataType()) {
            throw new IllegalArgumentException("network blob holds " + decoded.parameters().dataType() + ", target is "
                    + target.dataType());
        }
        target.copyFrom(decoded.parameters());
        if (optimizer != null) {
            if (decoded.optimizer() == null) {
                throw new IllegalArgumentException("network blob holds no optimizer state");
            }
            optimizer.restore(decoded.optimizer().steps(), decoded.optimizer().firstMoment(), decoded.optimizer().secondMoment());
        }
    }
}
