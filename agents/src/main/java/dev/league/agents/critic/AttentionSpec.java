package dev.league.agents.critic;

/**
 * Which attention kernel the critic uses over the other agents.
 *
 * @param kind exact softmax, FAVOR+ positive random features, or hybrid random features
 * @param features m, random features per estimator (ignored for softmax); Performer's default is
 *     ⌊d ln d⌋
 * @param angularFeatures r, Gaussian rows of the angle estimator λ̂ (hybrid only)
 * @param norm τ, the common norm queries and keys are scaled to (hybrid only)
 * @param seed seed of the random feature draw, fixed for the critic's lifetime
 */
public record AttentionSpec(Kind kind, int features, int angularFeatures, double norm, long seed) {

    public enum Kind { SOFTMAX, FAVOR_PLUS, HYBRID }

    public AttentionSpec {
        if (kind == null) {
            throw new IllegalArgumentException("attention.kind is required");
        }
        if (kind != Kind.SOFTMAX && features < 1) {
            throw new IllegalArgumentException("attention.features must be >= 1 for " + kind + ", was " + features);
        }
        if (kind == Kind.HYBRID && angularFeatures < 1) {
            throw new IllegalArgumentException("attention.angularFeatures must be >= 1 for HYBRID, was " + angularFeatures);
        }
        if (kind == Kind.HYBRID && !(norm > 0 && norm < 10)) {
            throw new IllegalArgumentException("attention.norm must be in (0, 10) for HYBRID, was " + norm);
        }
    }

    /** Exact softmax attention (MAAC's). */
    public static AttentionSpec softmax() {
        return new AttentionSpec(Kind.SOFTMAX, 0, 0, 0, 0);
    }

    public static AttentionSpec favorPlus(int features, long seed) {
        return new AttentionSpec(Kind.FAVOR_PLUS, features, 0, 0, seed);
    }

    public static AttentionSpec hybrid(int features, int angularFeatures, double norm, long seed) {
        return new AttentionSpec(Kind.HYBRID, features, angularFeatures, norm, seed);
    }

    AttentionKernel kernel(int heads, int headSize) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        return switch (kind) {
            case SOFTMAX -> new SoftmaxAttention(heads, headSize);
            case FAVOR_PLUS -> new RandomFeatureAttention(heads, headSize, new PositiveFeatures(headSize, features, random));
            case HYBRID -> new RandomFeatureAttention(heads, headSize,
                    new HybridFeatures(headSize, features, angularFeatures, norm, random));
        };
    }
}
