package dev.league.league.pbt;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The PBT controller's configuration (the league file's {@code pbt:} block). Omitted fields take
 * the defaults in parentheses; Sample Factory's and Ray Tune's values are given where they differ.
 *
 * @param enabled run PBT at all (true)
 * @param intervalFrames environment frames a member plays between two PBT checks of that member
 *     (20000; Sample Factory: 5e6)
 * @param startFrames no PBT before a member has played this many frames (20000; SF: 2e7)
 * @param objective what ranks members: {@code elo}, {@code win-rate} (against the scripted
 *     baselines over the window), or {@code reward} (mean episode reward over the window) ("elo")
 * @param window episodes averaged for the win-rate and reward objectives (100, as SF's stats_avg)
 * @param quantile fraction of the population in the top and in the bottom group, rounded up
 *     (0.25; Ray Tune 0.25, SF 0.3)
 * @param gapAbsolute a bottom member copies a top member only if the objective gap exceeds this
 *     (25 Elo points for elo; use ~0.05 for win-rate) (25)
 * @param gapRelative ... and if gap / |top objective| exceeds this (0; SF uses 0.1 on rewards)
 * @param resampleProbability per explored parameter, the chance to resample it from its whole
 *     range instead of perturbing it (0.25, Ray Tune)
 * @param mutationRate per non-copied member and parameter, the chance to explore it at all
 *     (1.0 = always, Ray Tune; SF: 0.15)
 * @param hyperparameters the search space (default: learningRate log-uniform in [1e-4, 1e-1])
 */
public record PbtSpec(
        Boolean enabled,
        Long intervalFrames,
        Long startFrames,
        String objective,
        Integer window,
        Double quantile,
        Double gapAbsolute,
        Double gapRelative,
        Double resampleProbability,
        Double mutationRate,
        List<HyperparameterSpec> hyperparameters) implements Serializable {

    public static final String ELO = "elo";
    public static final String WIN_RATE = "win-rate";
    public static final String REWARD = "reward";
    public static final List<String> OBJECTIVES = List.of(ELO, WIN_RATE, REWARD);

    public static final PbtSpec DEFAULTS = new PbtSpec(null, null, null, null, null, null, null, null, null, null, null);

    public PbtSpec {
        enabled = enabled == null || enabled;
        intervalFrames = intervalFrames == null ? 20_000L : intervalFrames;
        startFrames = startFrames == null ? 20_000L : startFrames;
        objective = objective == null ? ELO : objective;
        window = window == null ? 100 : window;
        quantile = quantile == null ? 0.25 : quantile;
        gapAbsolute = gapAbsolute == null ? 25.0 : gapAbsolute;
        gapRelative = gapRelative == null ? 0.0 : gapRelative;
        resampleProbability = resampleProbability == null ? 0.25 : resampleProbability;
        mutationRate = mutationRate == null ? 1.0 : mutationRate;
        hyperparameters = hyperparameters == null
                ? List.of(new HyperparameterSpec("learningRate", HyperparameterSpec.LOG_UNIFORM, 1e-4, 1e-1, null, null, null))
                : List.copyOf(hyperparameters);
        check(intervalFrames >= 1, "pbt.intervalFrames must be >= 1, was %s", intervalFrames);
        check(startFrames >= 0, "pbt.startFrames must be >= 0, was %s", startFrames);
        check(OBJECTIVES.contains(objective), "pbt.objective must be one of %s, was '%s'", OBJECTIVES, objective);
        check(window >= 1 && window <= 100_000, "pbt.window must be in 1..100000, was %s", window);
        check(quantile > 0 && quantile <= 0.5, "pbt.quantile must be in (0, 0.5], was %s", quantile);
        check(gapAbsolute >= 0, "pbt.gapAbsolute must be >= 0, was %s", gapAbsolute);
        check(gapRelative >= 0, "pbt.gapRelative must be >= 0, was %s", gapRelative);
        check(resampleProbability >= 0 && resampleProbability <= 1, "pbt.resampleProbability must be in [0, 1], was %s", resampleProbability);
        check(mutationRate >= 0 && mutationRate <= 1, "pbt.mutationRate must be in [0, 1], was %s", mutationRate);
        check(hyperparameters.stream().map(HyperparameterSpec::name).distinct().count() == hyperparameters.size(),
                "pbt.hyperparameters names must be unique, were %s", hyperparameters.stream().map(HyperparameterSpec::name).toList());
    }

    private static void check(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
        }
    }

    /** Members in each of the top and bottom groups: ceil(quantile * size), at most size / 2. */
    public int groupSize(int population) {
        return Math.max(1, Math.min(population / 2, (int) Math.ceil(quantile * population)));
    }
}
