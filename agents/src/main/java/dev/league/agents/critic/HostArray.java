package dev.league.agents.critic;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Row access from Java to a contiguous row-major ND4J array, for the fused attention kernels:
 * reads and writes go through the data buffer's NIO view with absolute bulk transfers, always as
 * doubles on the Java side. Backend-neutral through ND4J's {@code AffinityManager}: the array is
 * made current on the host before access, and {@link #markWritten()} tags host writes so a device
 * backend re-uploads them (both are no-ops on the CPU backend; the CUDA path is untested here).
 */
final class HostArray {

    private final INDArray array;
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;
    private final int offset;

    private HostArray(INDArray array) {
        if (array.ordering() != 'c' || array.elementWiseStride() != 1) {
            throw new IllegalArgumentException("host access needs a contiguous row-major array, shape "
                    + java.util.Arrays.toString(array.shape()));
        }
        this.array = array;
        Nd4j.getAffinityManager().ensureLocation(array, AffinityManager.Location.HOST);
        this.offset = Math.toIntExact(array.offset());
        if (array.dataType() == DataType.FLOAT) {
            this.floats = array.data().asNioFloat();
            this.doubles = null;
        } else if (array.dataType() == DataType.DOUBLE) {
            this.floats = null;
            this.doubles = array.data().asNioDouble();
        } else {
            throw new IllegalArgumentException("host access supports FLOAT and DOUBLE, was " + array.dataType());
        }
    }

    static HostArray of(INDArray array) {
        return new HostArray(array);
    }

    /** Declares the host copy current after writes through {@link #write} or {@link #set}. */
    void markWritten() {
        Nd4j.getAffinityManager().tagLocation(array, AffinityManager.Location.HOST);
    }

    /** dst[off .. off+len) ← array[index .. index+len) (flat element indices). */
    void read(long index, double[] dst, int off, int len, float[] scratch) {
        int at = offset + Math.toIntExact(index);
        if (doubles != null) {
            doubles.get(at, dst, off, len);
        } else {
            floats.get(at, scratch, 0, len);
            for (int i = 0; i < len; i++) {
                dst[off + i] = scratch[i];
            }
        }
    }

    /** array[index .. index+len) ← src[off .. off+len). */
    void write(long index, double[] src, int off, int len, float[] scratch) {
        int at = offset + Math.toIntExact(index);
        if (doubles != null) {
            doubles.put(at, src, off, len);
        } else {
            for (int i = 0; i < len; i++) {
                scratch[i] = (float) src[off + i];
            }
            floats.put(at, scratch, 0, len);
        }
    }

    double get(long index) {
        int at = offset + Math.toIntExact(index);
        return doubles != null ? doubles.get(at) : floats.get(at);
    }

    void set(long index, double value) {
        int at = offset + Math.toIntExact(index);
        if (doubles != null) {
            doubles.put(at, value);
        } else {
            floats.put(at, (float) value);
        }
    }
}
