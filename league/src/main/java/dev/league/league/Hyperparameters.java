package dev.league.league;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's hyperparameters by name (learning rate, entropy coefficient, ...). The PBT
 * controller replaces the whole record; learners read it on every update.
 */
public record Hyperparameters(Map<String, Double> values) implements Serializable {

    public static final String LEARNING_RATE = "learningRate";

    public Hyperparameters {
        // a plain TreeMap (never handed out, see values()) so that every serializer, Kryo included, can copy it
        values = new TreeMap<>(values);
        values.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("hyperparameters." + name + " must be finite, was " + value);
            }
        });
    }

    /** The values by name, read-only. */
    @Override
    public Map<String, Double> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("hyperparameters." + name + " is not set (set: " + values.keySet() + ")");
        }
        return value;
    }

    public Hyperparameters with(String name, double value) {
        Map<String, Double> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new Hyperparameters(copy);
    }
}
