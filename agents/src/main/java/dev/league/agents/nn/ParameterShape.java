package dev.league.agents.nn;

import java.util.Arrays;

/**
 * One named parameter tensor in a {@link ParameterSet}'s manifest.
 *
 * @param name unique dotted name, e.g. {@code critic.agent2.stateEncoder.weight}
 * @param shape row-major shape, every dimension &gt;= 1
 */
public record ParameterShape(String name, long[] shape) {

    public ParameterShape {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter.name must be non-blank, was '" + name + "'");
        }
        if (shape == null || shape.length == 0) {
            throw new IllegalArgumentException("parameter '" + name + "'.shape must have rank >= 1");
        }
        shape = shape.clone();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 1) {
                throw new IllegalArgumentException("parameter '" + name + "'.shape[" + i + "] must be >= 1, was " + shape[i]);
            }
        }
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public long length() {
        long length = 1;
        for (long dimension : shape) {
            length = Math.multiplyExact(length, dimension);
        }
        return length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterShape that && name.equals(that.name) && Arrays.equals(shape, that.shape);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
