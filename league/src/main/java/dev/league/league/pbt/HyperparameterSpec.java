package dev.league.league.pbt;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * One tunable hyperparameter: its range, its kind and how PBT perturbs it.
 *
 * <ul>
 *   <li>{@code log-uniform} in [min, max] (learning rates, coefficients): sampled uniformly in
 *       log space, perturbed by multiplying with one of {@code factors} (default 0.8 or 1.2, as in
 *       Ray Tune and Jaderberg et al. 2017), clamped to the range;
 *   <li>{@code uniform} in [min, max]: the same perturbation, sampled uniformly;
 *   <li>{@code integer} in [min, max]: perturbed like {@code uniform}, then rounded;
 *   <li>{@code categorical} over {@code values}: explore steps to an adjacent value (Ray Tune's
 *       rule for ordered lists).
 * </ul>
 *
 * @param name the key in {@link dev.league.league.Hyperparameters}
 * @param kind log-uniform | uniform | integer | categorical
 * @param min lower bound (numeric kinds)
 * @param max upper bound (numeric kinds)
 * @param values allowed values, in order (categorical)
 * @param initial the starting value of every member before diversification (default: the
 *     geometric mean for log-uniform, the middle for uniform/integer, the first value otherwise)
 * @param factors perturbation factors; one is drawn uniformly (default [0.8, 1.2])
 */
public record HyperparameterSpec(
        String name, String kind, Double min, Double max, List<Double> values, Double initial, List<Double> factors)
        implements Serializable {

    public static final String LOG_UNIFORM = "log-uniform";
    public static final String UNIFORM = "uniform";
    public static final String INTEGER = "integer";
    public static final String CATEGORICAL = "categorical";
    public static final List<String> KINDS = List.of(LOG_UNIFORM, UNIFORM, INTEGER, CATEGORICAL);

    public HyperparameterSpec {
        check(name != null && name.matches("[A-Za-z][A-Za-z0-9]*"), "pbt.hyperparameters[].name must be an identifier, was '%s'", name);
        check(kind != null && KINDS.contains(kind), "pbt.hyperparameters.%s.kind must be one of %s, was '%s'", name, KINDS, kind);
        if (CATEGORICAL.equals(kind)) {
            check(values != null && values.size() >= 2, "pbt.hyperparameters.%s.values must list >= 2 values for a categorical, was %s", name, values);
            values = List.copyOf(values);
            initial = initial == null ? values.get(0) : initial;
            check(values.contains(initial), "pbt.hyperparameters.%s.initial must be one of %s, was %s", name, values, initial);
        } else {
            check(min != null && max != null && min < max, "pbt.hyperparameters.%s needs min < max, was [%s, %s]", name, min, max);
            check(!LOG_UNIFORM.equals(kind) || min > 0, "pbt.hyperparameters.%s.min must be > 0 for log-uniform, was %s", name, min);
            values = values == null ? List.of() : List.copyOf(values);
            if (initial == null) {
                initial = LOG_UNIFORM.equals(kind) ? Math.sqrt(min * max) : (min + max) / 2;
                initial = INTEGER.equals(kind) ? Math.rint(initial) : initial;
            }
            check(initial >= min && initial <= max, "pbt.hyperparameters.%s.initial must be in [%s, %s], was %s", name, min, max, initial);
        }
        factors = factors == null ? List.of(0.8, 1.2) : List.copyOf(factors);
        check(!factors.isEmpty() && factors.stream().allMatch(f -> f > 0 && f != 1.0),
                "pbt.hyperparameters.%s.factors must be positive and != 1, was %s", name, factors);
    }

    private static void check(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
        }
    }

    /** A value drawn from the whole range. */
    public double sample(RandomGenerator random) {
        return switch (kind) {
            case CATEGORICAL -> values.get(random.nextInt(values.size()));
            case LOG_UNIFORM -> Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
            case INTEGER -> Math.rint(min + random.nextDouble() * (max - min));
            default -> min + random.nextDouble() * (max - min);
        };
    }

    /** The value after one perturbation (never leaves the range). */
    public double perturb(double value, RandomGenerator random) {
        if (CATEGORICAL.equals(kind)) {
            int index = values.indexOf(value);
            if (index < 0) {
                return values.get(random.nextInt(values.size()));
            }
            int step = index == 0 ? 1 : index == values.size() - 1 ? -1 : random.nextBoolean() ? 1 : -1;
            return values.get(index + step);
        }
        double perturbed = value * factors.get(random.nextInt(factors.size()));
        perturbed = Math.max(min, Math.min(max, perturbed));
        return INTEGER.equals(kind) ? Math.rint(perturbed) : perturbed;
    }
}
