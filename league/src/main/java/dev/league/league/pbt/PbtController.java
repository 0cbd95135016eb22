package dev.league.league.pbt;

import dev.league.league.Hyperparameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Population-based training (Jaderberg et al. 2017, "Population Based Training of Neural
 * Networks") as an observer of the league's streams: it is fed rating updates, episode results
 * and weight versions, and every {@code intervalFrames} of a member's play it decides about that
 * member:
 * <ol>
 *   <li>rank all members by the objective (ties by id);
 *   <li>a member in the top quantile is kept;
 *   <li>a member in the bottom quantile copies the weights and optimizer state of a random
 *       top-quantile member if the objective gap exceeds {@code gapAbsolute} and
 *       {@code gapRelative} (exploit; Sample Factory's gap rule), and explores the copied
 *       hyperparameters; if the gap is too small it explores its own;
 *   <li>members in between are kept (Ray Tune's rule).
 * </ol>
 * Explore: each parameter, with probability {@code mutationRate}, is resampled from its range
 * with probability {@code resampleProbability}, else perturbed ({@link HyperparameterSpec#perturb}).
 * At construction every member but the first is explored once from the initial values (Sample
 * Factory's initial diversification; the first member stays the reference).
 *
 * <p>Deterministic: the same seed and the same sequence of inputs give the same events. Not
 * thread-safe; a Flink operator owns one instance (its state is {@link Serializable}).
 */
public final class PbtController implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double EPSILON = 1e-9;

    private final PbtSpec spec;
    private final SerializableRandom random;
    private final Map<String, MemberState> members = new LinkedHashMap<>();
    private final List<PbtEvent> history = new ArrayList<>();

    /** Per-member bookkeeping. */
    private static final class MemberState implements Serializable {
        private static final long serialVersionUID = 1L;
        Hyperparameters hyperparameters;
        long version;
        int generation;
        long frames;
        long framesAtLastCheck;
        double rating = Double.NaN;
        final double[] rewards;
        final double[] baselineScores;
        int rewardCount;
        int baselineCount;

        MemberState(Hyperparameters hyperparameters, int window) {
            this.hyperparameters = hyperparameters;
            this.rewards = new double[window];
            this.baselineScores = new double[window];
        }
    }

    /**
     * @param members member ids, in order; the first is the reference and is not diversified
     * @param seed seeds every random choice the controller makes
     */
    public PbtController(PbtSpec spec, List<String> members, long seed) {
        this(spec, members, new Hyperparameters(Map.of()), seed);
    }

    /**
     * @param reference the hyperparameters every member starts from; a tuned parameter missing
     *     here starts at its spec's initial value
     */
    public PbtController(PbtSpec spec, List<String> members, Hyperparameters reference, long seed) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("pbt needs at least 2 members, had " + members.size());
        }
        this.spec = spec;
        this.random = new SerializableRandom(seed);
        Map<String, Double> initial = new LinkedHashMap<>(reference.values());
        spec.hyperparameters().forEach(parameter -> initial.putIfAbsent(parameter.name(), parameter.initial()));
        Hyperparameters start = new Hyperparameters(initial);
        for (int i = 0; i < members.size(); i++) {
            MemberState state = new MemberState(start, spec.window());
            this.members.put(members.get(i), state);
            if (i > 0) {
                state.hyperparameters = explore(start, 1.0);
            }
            history.add(new PbtEvent(members.get(i), PbtEvent.INIT, null, -1, 0, Double.NaN, Double.NaN, start,
                    state.hyperparameters, 0, i == 0 ? "reference member: initial hyperparameters"
                            : "initial diversification: explored once from the initial hyperparameters"));
        }
    }

    /** Current hyperparameters of a member. */
    public Hyperparameters hyperparameters(String member) {
        return state(member).hyperparameters;
    }

    /** Every event so far, oldest first: the lineage of the whole population. */
    public List<PbtEvent> history() {
        return List.copyOf(history);
    }

    /** The events about one member, oldest first. */
    public List<PbtEvent> lineage(String member) {
        state(member);
        return history.stream().filter(event -> event.member().equals(member)).toList();
    }

    public int generation(String member) {
        return state(member).generation;
    }

    /** A new rating for a player (players that are not members, e.g. baselines, are ignored). */
    public void onRating(String player, double rating) {
        MemberState state = members.get(player);
        if (state != null) {
            state.rating = rating;
        }
    }

    /** A member published a new weight version. */
    public void onVersion(String member, long version) {
        MemberState state = state(member);
        state.version = Math.max(state.version, version);
    }

    /**
     * A finished episode of a member.
     *
     * @param frames environment frames the member played in it
     * @param reward the member's episode reward (the "true objective" for {@code reward})
     * @param baselineScore 1 win, 0.5 draw, 0 loss against a scripted baseline, or NaN when the
     *     opponent was not a baseline
     */
    public void onEpisode(String member, long frames, double reward, double baselineScore) {
        MemberState state = state(member);
        state.frames += frames;
        state.rewards[state.rewardCount++ % spec.window()] = reward;
        if (!Double.isNaN(baselineScore)) {
            state.baselineScores[state.baselineCount++ % spec.window()] = baselineScore;
        }
    }

    /** A member's result against a scripted baseline: 1 win, 0.5 draw, 0 loss (the win-rate objective). */
    public void onBaselineResult(String member, double score) {
        MemberState state = state(member);
        state.baselineScores[state.baselineCount++ % spec.window()] = score;
    }

    /**
     * Decides about every member whose interval has elapsed (in member order) and returns the
     * events; members that cannot be decided yet (no objective for someone) wait.
     */
    public List<PbtEvent> decide() {
        List<PbtEvent> events = new ArrayList<>();
        if (!spec.enabled()) {
            return events;
        }
        for (String member : members.keySet()) {
            MemberState state = members.get(member);
            if (state.frames < spec.startFrames() || state.frames - state.framesAtLastCheck < spec.intervalFrames()) {
                continue;
            }
            Map<String, Double> objectives = objectives();
            if (objectives == null) {
                break;
            }
            PbtEvent event = decide(member, state, objectives);
            state.framesAtLastCheck = state.frames;
            history.add(event);
            events.add(event);
        }
        return events;
    }

    private PbtEvent decide(String member, MemberState state, Map<String, Double> objectives) {
        List<String> ranked = new ArrayList<>(objectives.keySet());
        ranked.sort(Comparator.comparing((String id) -> -objectives.get(id)).thenComparing(id -> id));
        int group = spec.groupSize(ranked.size());
        int rank = ranked.indexOf(member);
        double objective = objectives.get(member);
        Hyperparameters before = state.hyperparameters;
        if (rank < group) {
            return new PbtEvent(member, PbtEvent.KEEP, null, -1, state.frames, objective, Double.NaN, before, before,
                    state.generation, String.format(Locale.ROOT, "rank %d of %d (top %d): keeps weights and hyperparameters",
                            rank + 1, ranked.size(), group));
        }
        if (rank < ranked.size() - group) {
            return new PbtEvent(member, PbtEvent.KEEP, null, -1, state.frames, objective, Double.NaN, before, before,
                    state.generation, String.format(Locale.ROOT, "rank %d of %d (middle): keeps weights and hyperparameters",
                            rank + 1, ranked.size()));
        }
        String source = ranked.get(random.nextInt(group));
        double sourceObjective = objectives.get(source);
        double gap = sourceObjective - objective;
        boolean copy = gap > spec.gapAbsolute() && gap / (Math.abs(sourceObjective) + EPSILON) > spec.gapRelative();
        if (!copy) {
            state.hyperparameters = explore(before, spec.mutationRate());
            return new PbtEvent(member, PbtEvent.EXPLORE, null, -1, state.frames, objective, sourceObjective, before,
                    state.hyperparameters, state.generation, String.format(Locale.ROOT,
                            "rank %d of %d (bottom %d); gap %.4g to %s not above the thresholds (abs %.4g, rel %.4g): explores its own hyperparameters",
                            rank + 1, ranked.size(), group, gap, source, spec.gapAbsolute(), spec.gapRelative()));
        }
        MemberState sourceState = members.get(source);
        state.hyperparameters = explore(sourceState.hyperparameters, spec.mutationRate());
        state.generation = sourceState.generation + 1;
        long sourceVersion = sourceState.version;
        return new PbtEvent(member, PbtEvent.EXPLOIT, source, sourceVersion, state.frames, objective, sourceObjective,
                before, state.hyperparameters, state.generation, String.format(Locale.ROOT,
                        "rank %d of %d (bottom %d); %s leads by %.4g (> abs %.4g, rel %.4g): copies %s@%d weights and optimizer state, explores its hyperparameters",
                        rank + 1, ranked.size(), group, source, gap, spec.gapAbsolute(), spec.gapRelative(), source,
                        sourceVersion));
    }

    /** The objective of every member, or null while some member has none yet. */
    private Map<String, Double> objectives() {
        Map<String, Double> objectives = new LinkedHashMap<>();
        for (Map.Entry<String, MemberState> entry : members.entrySet()) {
            MemberState state = entry.getValue();
            double value = switch (spec.objective()) {
                case PbtSpec.ELO -> state.rating;
                case PbtSpec.WIN_RATE -> mean(state.baselineScores, state.baselineCount);
                default -> mean(state.rewards, state.rewardCount);
            };
            if (Double.isNaN(value)) {
                return null;
            }
            objectives.put(entry.getKey(), value);
        }
        return objectives;
    }

    private double mean(double[] window, int count) {
        int size = Math.min(count, window.length);
        if (size == 0) {
            return Double.NaN;
        }
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += window[i];
        }
        return total / size;
    }

    private Hyperparameters explore(Hyperparameters from, double mutationRate) {
        Hyperparameters result = from;
        for (HyperparameterSpec parameter : spec.hyperparameters()) {
            if (random.nextDouble() >= mutationRate) {
                continue;
            }
            double current = from.values().containsKey(parameter.name()) ? from.get(parameter.name()) : parameter.initial();
            double next = random.nextDouble() < spec.resampleProbability()
                    ? parameter.sample(random)
                    : parameter.perturb(current, random);
            result = result.with(parameter.name(), next);
        }
        return result;
    }

    private MemberState state(String member) {
        MemberState state = members.get(member);
        if (state == null) {
            throw new IllegalArgumentException("'" + member + "' is not a member (members: " + members.keySet() + ")");
        }
        return state;
    }
}
