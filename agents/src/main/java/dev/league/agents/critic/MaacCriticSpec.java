package dev.league.agents.critic;

import dev.league.scenarios.EnvironmentSpec;
import java.util.Collections;
import java.util.List;

/**
 * Shape and hyperparameters of a {@link MaacCritic}. Agents may differ in observation size D_i
 * and action count A_i (heterogeneous teams); the attention works on encodings of a common size.
 * Defaults follow the MAAC paper runs (reference-facts §3): hidden 128, 4 heads, logit
 * regularization 1e-3, shared-module gradients scaled by 1/N.
 *
 * @param observationSizes D_i per agent, length N &gt;= 2
 * @param actionCounts A_i per agent, length N
 * @param hiddenSize H, width of every encoding (divisible by {@code heads})
 * @param heads attention heads; each has H / heads dimensions
 * @param attention the attention kernel
 * @param attentionRegularization c in c · Σ_i Σ_h mean(logits²) (softmax kernel only)
 * @param scaleSharedGradients whether gradients of the modules every agent's Q uses (state-action
 *     encoders, keys, queries, values) are divided by N, as MAAC does
 */
public record MaacCriticSpec(List<Integer> observationSizes, List<Integer> actionCounts, int hiddenSize, int heads,
        AttentionSpec attention, double attentionRegularization, boolean scaleSharedGradients) {

    public MaacCriticSpec {
        if (observationSizes == null || actionCounts == null || observationSizes.size() < 2) {
            throw new IllegalArgumentException("critic.observationSizes must list >= 2 agents, was " + observationSizes);
        }
        if (actionCounts.size() != observationSizes.size()) {
            throw new IllegalArgumentException("critic.actionCounts must have one entry per agent (" + observationSizes.size()
                    + "), had " + actionCounts.size());
        }
        observationSizes = List.copyOf(observationSizes);
        actionCounts = List.copyOf(actionCounts);
        for (int i = 0; i < observationSizes.size(); i++) {
            if (observationSizes.get(i) < 1) {
                throw new IllegalArgumentException("critic.observationSizes[" + i + "] must be >= 1, was " + observationSizes.get(i));
            }
            if (actionCounts.get(i) < 1) {
                throw new IllegalArgumentException("critic.actionCounts[" + i + "] must be >= 1, was " + actionCounts.get(i));
            }
        }
        if (heads < 1 || hiddenSize < 1 || hiddenSize % heads != 0) {
            throw new IllegalArgumentException("critic.hiddenSize must be a positive multiple of critic.heads (" + heads
                    + "), was " + hiddenSize);
        }
        if (attention == null) {
            throw new IllegalArgumentException("critic.attention is required");
        }
        if (!(attentionRegularization >= 0) || Double.isInfinite(attentionRegularization)) {
            throw new IllegalArgumentException("critic.attentionRegularization must be finite and >= 0, was "
                    + attentionRegularization);
        }
    }

    /** MAAC defaults for N agents of one kind. */
    public static MaacCriticSpec homogeneous(int agents, int observationSize, int actions) {
        return new MaacCriticSpec(Collections.nCopies(agents, observationSize), Collections.nCopies(agents, actions), 128, 4,
                AttentionSpec.softmax(), 1e-3, true);
    }

    /** MAAC defaults for a scenario's agents (all on the critic's side). */
    public static MaacCriticSpec of(EnvironmentSpec environment) {
        return homogeneous(environment.agents(), environment.observationSize(), environment.actions());
    }

    public MaacCriticSpec withAttention(AttentionSpec kernel) {
        return new MaacCriticSpec(observationSizes, actionCounts, hiddenSize, heads, kernel, attentionRegularization,
                scaleSharedGradients);
    }

    public MaacCriticSpec withHidden(int hidden, int headCount) {
        return new MaacCriticSpec(observationSizes, actionCounts, hidden, headCount, attention, attentionRegularization,
                scaleSharedGradients);
    }

    /** N. */
    public int agents() {
        return observationSizes.size();
    }
}
