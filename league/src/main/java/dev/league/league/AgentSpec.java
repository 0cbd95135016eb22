package dev.league.league;

import java.util.List;
import java.util.Locale;

/**
 * What every member of the league is and how it learns (the league file's {@code agent:} block).
 * Omitted fields take the defaults in parentheses.
 *
 * <ul>
 *   <li>{@code critic: local} — APPO (Sample Factory; Espeholt et al. 2018 V-trace + Schulman et
 *       al. 2017 clipped surrogate): shared MLP actors with a per-agent value head;
 *   <li>{@code critic: maac} — the attention critic of Iqbal &amp; Sha (2019), soft actor-critic
 *       from a replay buffer, MLP actors;
 *   <li>{@code critic: dicg | mlp} — a centralized critic on the DICG graph (Li et al. 2021) or an
 *       MLP over all agents' observations, PPO with GAE; with {@code policy: dicg-ce} the policy
 *       acts on the graph embeddings, with {@code dicg-de} or {@code mlp} it is decentralized.
 * </ul>
 *
 * @param critic {@code local | maac | dicg | mlp} ("local")
 * @param policy {@code mlp | dicg-ce | dicg-de} ("mlp"; the DICG policies need critic dicg or mlp)
 * @param hidden width of the actors' hidden layers and of the critics (MAAC: rounded down to a
 *     multiple of its 4 attention heads), 1..4096 (64)
 * @param layers hidden layers of the actors, 1..8 (2)
 * @param envs games a rollout worker plays side by side in one match, stepped together with one
 *     batched inference call per side and step, 1..4096 (16)
 * @param steps environment steps of one match (the experience segment a learner gets; a game whose
 *     episode ends restarts in place and keeps playing), 0..10000, where 0 means the scenario's
 *     episode limit, so that every game finishes at least one episode (0)
 * @param epochs gradient passes over each segment (APPO / PPO), 1..32 (2)
 * @param entropyCoefficient weight of the entropy bonus, &gt;= 0 (0.01)
 * @param clipRatio PPO clip ε, &gt; 0 (0.2)
 * @param gaeLambda λ of GAE, [0, 1] (0.95)
 * @param valueCoefficient weight of the value loss, &gt;= 0 (0.5)
 * @param maxGradNorm global gradient-norm clip, &gt; 0 (1.0)
 * @param replaySize MAAC's replay buffer, joint transitions, 1..10000000 (50000)
 * @param batchSize MAAC's minibatch, 1..65536 (256)
 * @param updatesPerSegment MAAC's gradient updates per segment received, 1..1000 (4)
 * @param actionHead the MLP actors' policy head, {@code factorized | flat} ("factorized"): one
 *     softmax per component of the scenario's action tuple (the shooter's move, strafe, turn and
 *     fire, as Sample Factory does for VizDoom's tuple actions), or one softmax over all A flat
 *     actions; the same for scenarios with plain discrete actions. DICG networks' heads are flat.
 * @param updateSteps APPO ({@code critic: local}): time steps per gradient step; each epoch cuts the
 *     segment into chunks of this many steps (truncated rollouts, bootstrapped from the value at
 *     the cut, as Sample Factory's rollout length) and takes one Adam step per chunk, so long
 *     episodes (the shooter's 1,500 steps) get more than {@code epochs} steps per segment;
 *     0..10000, where 0 means the whole segment (0)
 * @param normalizeAdvantages APPO ({@code critic: local}): scale the advantages of each gradient
 *     step to mean 0 and standard deviation 1 (as Sample Factory, CleanRL and Stable-Baselines3 do
 *     by default), so the policy gradient's size no longer follows the reward scale; without it an
 *     APPO member stays at random's level in shooter duels (docs/BENCHMARKS.md) (false)
 */
public record AgentSpec(
        String critic,
        String policy,
        Integer hidden,
        Integer layers,
        Integer envs,
        Integer steps,
        Integer epochs,
        Double entropyCoefficient,
        Double clipRatio,
        Double gaeLambda,
        Double valueCoefficient,
        Double maxGradNorm,
        Integer replaySize,
        Integer batchSize,
        Integer updatesPerSegment,
        String actionHead,
        Integer updateSteps,
        Boolean normalizeAdvantages) implements java.io.Serializable {

    public static final String LOCAL = "local";
    public static final String MAAC = "maac";
    public static final String DICG = "dicg";
    public static final String MLP = "mlp";
    public static final String DICG_CE = "dicg-ce";
    public static final String DICG_DE = "dicg-de";
    public static final List<String> CRITICS = List.of(LOCAL, MAAC, DICG, MLP);
    public static final List<String> POLICIES = List.of(MLP, DICG_CE, DICG_DE);
    public static final String FACTORIZED = "factorized";
    public static final String FLAT = "flat";
    public static final List<String> ACTION_HEADS = List.of(FACTORIZED, FLAT);

    public static final AgentSpec DEFAULTS =
            new AgentSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public AgentSpec {
        critic = critic == null ? LOCAL : critic;
        policy = policy == null ? MLP : policy;
        hidden = hidden == null ? 64 : hidden;
        layers = layers == null ? 2 : layers;
        envs = envs == null ? 16 : envs;
        steps = steps == null ? 0 : steps;
        epochs = epochs == null ? 2 : epochs;
        entropyCoefficient = entropyCoefficient == null ? 0.01 : entropyCoefficient;
        clipRatio = clipRatio == null ? 0.2 : clipRatio;
        gaeLambda = gaeLambda == null ? 0.95 : gaeLambda;
        valueCoefficient = valueCoefficient == null ? 0.5 : valueCoefficient;
        maxGradNorm = maxGradNorm == null ? 1.0 : maxGradNorm;
        replaySize = replaySize == null ? 50_000 : replaySize;
        batchSize = batchSize == null ? 256 : batchSize;
        updatesPerSegment = updatesPerSegment == null ? 4 : updatesPerSegment;
        actionHead = actionHead == null ? FACTORIZED : actionHead;
        updateSteps = updateSteps == null ? 0 : updateSteps;
        normalizeAdvantages = normalizeAdvantages != null && normalizeAdvantages;
        check(CRITICS.contains(critic), "agent.critic must be one of %s, was '%s'", CRITICS, critic);
        check(POLICIES.contains(policy), "agent.policy must be one of %s, was '%s'", POLICIES, policy);
        check(!policy.startsWith("dicg") || graphNetwork(critic),
                "agent.policy '%s' needs agent.critic dicg or mlp (a centralized critic), was '%s'", policy, critic);
        check(!(DICG_DE.equals(policy) && MLP.equals(critic)),
                "agent.policy dicg-de decentralizes the actors around the DICG critic: it needs agent.critic dicg, was '%s'", critic);
        check(hidden >= 1 && hidden <= 4096, "agent.hidden must be in 1..4096, was %s", hidden);
        check(layers >= 1 && layers <= 8, "agent.layers must be in 1..8, was %s", layers);
        check(envs >= 1 && envs <= 4096, "agent.envs must be in 1..4096, was %s", envs);
        check(steps >= 0 && steps <= 10_000, "agent.steps must be in 0..10000 (0 = the episode limit), was %s", steps);
        check(epochs >= 1 && epochs <= 32, "agent.epochs must be in 1..32, was %s", epochs);
        check(entropyCoefficient >= 0 && Double.isFinite(entropyCoefficient), "agent.entropyCoefficient must be finite and >= 0, was %s",
                entropyCoefficient);
        check(clipRatio > 0 && Double.isFinite(clipRatio), "agent.clipRatio must be finite and > 0, was %s", clipRatio);
        check(gaeLambda >= 0 && gaeLambda <= 1, "agent.gaeLambda must be in [0, 1], was %s", gaeLambda);
        check(valueCoefficient >= 0 && Double.isFinite(valueCoefficient), "agent.valueCoefficient must be finite and >= 0, was %s",
                valueCoefficient);
        check(maxGradNorm > 0 && Double.isFinite(maxGradNorm), "agent.maxGradNorm must be finite and > 0, was %s", maxGradNorm);
        check(replaySize >= 1 && replaySize <= 10_000_000, "agent.replaySize must be in 1..10000000, was %s", replaySize);
        check(batchSize >= 1 && batchSize <= 65_536, "agent.batchSize must be in 1..65536, was %s", batchSize);
        check(updatesPerSegment >= 1 && updatesPerSegment <= 1000, "agent.updatesPerSegment must be in 1..1000, was %s",
                updatesPerSegment);
        check(ACTION_HEADS.contains(actionHead), "agent.actionHead must be one of %s, was '%s'", ACTION_HEADS, actionHead);
        check(updateSteps >= 0 && updateSteps <= 10_000, "agent.updateSteps must be in 0..10000 (0 = the whole segment), was %s",
                updateSteps);
        check(updateSteps == 0 || LOCAL.equals(critic),
                "agent.updateSteps %s needs agent.critic local (APPO); the other learners ignore it, was '%s'", updateSteps, critic);
        check(!normalizeAdvantages || LOCAL.equals(critic),
                "agent.normalizeAdvantages needs agent.critic local (APPO); the other learners ignore it, was '%s'", critic);
    }

    /** Whether members are DICG networks (graph or MLP centralized critic, PPO). */
    public boolean usesGraphNetwork() {
        return graphNetwork(critic);
    }

    private static boolean graphNetwork(String critic) {
        return DICG.equals(critic) || MLP.equals(critic);
    }

    /** T: {@code steps}, or the scenario's episode limit when it is 0. */
    public int segmentSteps(int episodeLimit) {
        return steps > 0 ? steps : episodeLimit;
    }

    /** Environment frames one match produces: envs × T. */
    public long framesPerMatch(int episodeLimit) {
        return (long) envs * segmentSteps(episodeLimit);
    }

    public AgentSpec withCritic(String value, String policyValue) {
        return new AgentSpec(value, policyValue, hidden, layers, envs, steps, epochs, entropyCoefficient, clipRatio, gaeLambda,
                valueCoefficient, maxGradNorm, replaySize, batchSize, updatesPerSegment, actionHead, updateSteps, normalizeAdvantages);
    }

    public AgentSpec withRollout(int envCount, int stepCount) {
        return new AgentSpec(critic, policy, hidden, layers, envCount, stepCount, epochs, entropyCoefficient, clipRatio, gaeLambda,
                valueCoefficient, maxGradNorm, replaySize, batchSize, updatesPerSegment, actionHead, updateSteps, normalizeAdvantages);
    }

    private static void check(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
        }
    }
}
