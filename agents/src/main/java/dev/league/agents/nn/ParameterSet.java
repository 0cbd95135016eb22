package dev.league.agents.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * All parameters of one network as views into a single flat vector, with a gradient vector of the
 * same layout. One flat vector means one optimizer update, one soft target update and one codec
 * write per network, whatever the number of layers.
 *
 * <p>Shapes: {@link #values()} and {@link #gradients()} are [1, P], P = sum of the manifest's
 * lengths; {@link #value(String)} is a view of the named entry's shape.
 */
public final class ParameterSet {

    private final DataType dataType;
    private final List<ParameterShape> manifest;
    private final INDArray values;
    private final INDArray gradients;
    private final Map<String, long[]> ranges = new HashMap<>();
    private final Map<String, INDArray> valueViews = new HashMap<>();
    private final Map<String, INDArray> gradientViews = new HashMap<>();

    private ParameterSet(DataType dataType, List<ParameterShape> manifest) {
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("parameters.dataType must be FLOAT or DOUBLE, was " + dataType);
        }
        if (manifest.isEmpty()) {
            throw new IllegalArgumentException("parameters.manifest must not be empty");
        }
        this.dataType = dataType;
        this.manifest = List.copyOf(manifest);
        long total = 0;
        Map<String, ParameterShape> seen = new LinkedHashMap<>();
        for (ParameterShape entry : this.manifest) {
            if (seen.put(entry.name(), entry) != null) {
                throw new IllegalArgumentException("parameters.manifest names must be unique, '" + entry.name() + "' repeats");
            }
            ranges.put(entry.name(), new long[] {total, total + entry.length()});
            total += entry.length();
        }
        this.values = Nd4j.zeros(dataType, 1, total);
        this.gradients = Nd4j.zeros(dataType, 1, total);
        for (ParameterShape entry : this.manifest) {
            long[] range = ranges.get(entry.name());
            valueViews.put(entry.name(), view(values, range, entry.shape()));
            gradientViews.put(entry.name(), view(gradients, range, entry.shape()));
        }
    }

    /** Zero-filled parameters and gradients laid out in manifest order. */
    public static ParameterSet allocate(DataType dataType, List<ParameterShape> manifest) {
        return new ParameterSet(dataType, manifest);
    }

    private static INDArray view(INDArray flat, long[] range, long[] shape) {
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(range[0], range[1])).reshape('c', shape);
    }

    public DataType dataType() {
        return dataType;
    }

    /** Names and shapes in storage order. */
    public List<ParameterShape> manifest() {
        return manifest;
    }

    /** P, the total number of scalars. */
    public long size() {
        return values.length();
    }

    /** All parameters, shape [1, P] (live: writes change the network). */
    public INDArray values() {
        return values;
    }

    /** All gradients, shape [1, P], same layout as {@link #values()}. */
    public INDArray gradients() {
        return gradients;
    }

    /** The named parameter, a live view of its manifest shape. */
    public INDArray value(String name) {
        return lookup(valueViews, name);
    }

    /** The named gradient, a live view of its manifest shape. */
    public INDArray gradient(String name) {
        return lookup(gradientViews, name);
    }

    /** The flat [start, end) range of the named parameter in {@link #values()}. */
    public long[] range(String name) {
        long[] range = ranges.get(name);
        if (range == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "' (have " + valueViews.keySet() + ")");
        }
        return range.clone();
    }

    /** Gradients of the flat range [start, end), shape [1, end - start] (a live view). */
    public INDArray gradientRange(long start, long end) {
        return gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(start, end)).reshape(1, end - start);
    }

    private INDArray lookup(Map<String, INDArray> views, String name) {
        INDArray view = views.get(name);
        if (view == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "' (have " + views.keySet() + ")");
        }
        return view;
    }

    public void zeroGradients() {
        gradients.assign(0);
    }

    /** Fills the named parameter with U(-bound, bound) draws from {@code random}, in row-major order. */
    public void initializeUniform(String name, double bound, RandomGenerator random) {
        INDArray view = value(name);
        double[] draws = new double[Math.toIntExact(view.length())];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = (random.nextDouble() * 2 - 1) * bound;
        }
        view.assign(Nd4j.createFromArray(draws).reshape('c', view.shape()).castTo(dataType));
    }

    /** Copies every parameter value of {@code source}, which must have the same manifest. */
    public void copyFrom(ParameterSet source) {
        requireSameManifest(source);
        values.assign(source.values.castTo(dataType));
    }

    /**
     * Polyak averaging, θ̄ ← (1 − τ) θ̄ + τ θ (Lillicrap et al. 2016, Alg. 1), with this set as θ̄
     * and {@code online} as θ.
     */
    public void softUpdateFrom(ParameterSet online, double tau) {
        if (!(tau >= 0 && tau <= 1)) {
            throw new IllegalArgumentException("softUpdate.tau must be in [0, 1], was " + tau);
        }
        requireSameManifest(online);
        values.muli(1 - tau).addi(online.values.mul(tau));
    }

    /** A deep copy: same manifest, equal values, zero gradients. */
    public ParameterSet copy() {
        ParameterSet copy = new ParameterSet(dataType, manifest);
        copy.values.assign(values);
        return copy;
    }

    void requireSameManifest(ParameterSet other) {
        if (!manifest.equals(other.manifest)) {
            throw new IllegalArgumentException("parameter manifests differ: " + describe(manifest) + " vs " + describe(other.manifest));
        }
    }

    private static String describe(List<ParameterShape> manifest) {
        List<String> names = new ArrayList<>();
        for (ParameterShape entry : manifest) {
            names.add(entry.toString());
        }
        return names.size() > 6 ? names.subList(0, 6) + "... (" + names.size() + " entries)" : names.toString();
    }

    /** Unmodifiable view of the names, for diagnostics. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        manifest.forEach(entry -> names.add(entry.name()));
        return Collections.unmodifiableList(names);
    }
}
