package dev.league.flink.job;

import dev.league.agents.codec.WeightCodec;
import dev.league.agents.learning.Trajectory;
import dev.league.agents.policy.LinearSoftmaxPolicy;
import dev.league.league.LeagueSpec;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchSpec;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.MultiAgentEnvironment;
import dev.league.scenarios.ScriptedOpponent;
import dev.league.scenarios.Step;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Plays a match: fetches each side's weights by (member, version) from the store (cached by
 * version), runs one episode, emits one trajectory per agent to its member's learner and the
 * result to {@link #RESULTS}.
 */
final class RolloutFunction extends ProcessFunction<MatchSpec, MemberTrajectory> {

    private static final long serialVersionUID = 1L;
    private static final int CACHED_VERSIONS = 64;

    static final OutputTag<MatchResult> RESULTS = new OutputTag<>("match-results", TypeInformation.of(MatchResult.class));

    private final LeagueJobSpec spec;
    private transient WeightStore weights;
    private transient MultiAgentEnvironment environment;
    private transient Map<WeightRef, LinearSoftmaxPolicy> cache;
    private transient Counter frames;
    private transient Counter matches;

    RolloutFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        weights = LeagueStores.weights(spec);
        environment = spec.scenario().newEnvironment();
        cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WeightRef, LinearSoftmaxPolicy> eldest) {
                return size() > CACHED_VERSIONS;
            }
        };
        frames = getRuntimeContext().getMetricGroup().addGroup("league").counter("frames");
        matches = getRuntimeContext().getMetricGroup().addGroup("league").counter("matches");
    }

    @Override
    public void processElement(MatchSpec match, Context context, Collector<MemberTrajectory> out) {
        EnvironmentSpec environmentSpec = environment.spec();
        if (match.players().length != environmentSpec.teams()) {
            throw new IllegalStateException(match + " has " + match.players().length + " sides, the scenario "
                    + environmentSpec.teams());
        }
        LinearSoftmaxPolicy[] policies = new LinearSoftmaxPolicy[match.players().length];
        ScriptedOpponent[] scripted = new ScriptedOpponent[match.players().length];
        for (int side = 0; side < policies.length; side++) {
            String player = match.players()[side];
            if (LeagueSpec.isBaseline(player)) {
                scripted[side] = environment.scriptedOpponent(player.substring(LeagueSpec.SCRIPTED.length()));
            } else {
                policies[side] = policy(new WeightRef(match.member(side), match.versions()[side]));
            }
        }
        int agents = environmentSpec.agents();
        int size = environmentSpec.observationSize();
        int limit = environmentSpec.episodeLimit();
        float[][] observations = new float[agents][limit * size];
        int[][] actions = new int[agents][limit];
        float[][] rewards = new float[agents][limit];
        SplittableRandom random = new SplittableRandom(match.seed() ^ 0x2545F4914F6CDD1DL);
        int[][] sideAgents = agentsBySide(environmentSpec);
        Step step = environment.reset(match.seed());
        int t = 0;
        int[] chosen = new int[agents];
        while (!step.done()) {
            for (int side = 0; side < scripted.length; side++) {
                if (scripted[side] != null) {
                    scripted[side].act(side, chosen, 0, random);
                }
            }
            for (int agent = 0; agent < agents; agent++) {
                System.arraycopy(step.observations()[agent], 0, observations[agent], t * size, size);
            }
            // batched inference: one call per side for all of its agents
            for (int side = 0; side < policies.length; side++) {
                if (policies[side] == null) {
                    continue;
                }
                int[] members = sideAgents[side];
                float[][] sideObservations = new float[members.length][];
                boolean[][] sideMasks = new boolean[members.length][];
                for (int i = 0; i < members.length; i++) {
                    sideObservations[i] = step.observations()[members[i]];
                    sideMasks[i] = step.availableActions()[members[i]];
                }
                int[] sideActions = policies[side].act(sideObservations, sideMasks, random);
                for (int i = 0; i < members.length; i++) {
                    chosen[members[i]] = sideActions[i];
                }
            }
            for (int agent = 0; agent < agents; agent++) {
                actions[agent][t] = chosen[agent];
            }
            step = environment.step(chosen);
            for (int agent = 0; agent < agents; agent++) {
                rewards[agent][t] = step.rewards()[agent];
            }
            t++;
        }
        for (int agent = 0; agent < agents; agent++) {
            int side = environmentSpec.team(agent);
            if (match.snapshot(side) || scripted[side] != null) {
                continue;   // frozen snapshots and scripted baselines do not learn
            }
            Trajectory trajectory = new Trajectory(java.util.Arrays.copyOf(observations[agent], t * size), size,
                    java.util.Arrays.copyOf(actions[agent], t), java.util.Arrays.copyOf(rewards[agent], t));
            out.collect(new MemberTrajectory(match.players()[side], match.versions()[side], trajectory));
        }
        frames.inc(t);
        matches.inc();
        context.output(RESULTS, new MatchResult(match.matchId(), match.players(), match.versions(), step.outcome().ranks(), t));
    }

    private static int[][] agentsBySide(EnvironmentSpec spec) {
        int[][] bySide = new int[spec.teams()][];
        for (int side = 0; side < bySide.length; side++) {
            final int team = side;
            bySide[side] = java.util.stream.IntStream.range(0, spec.agents()).filter(agent -> spec.team(agent) == team).toArray();
        }
        return bySide;
    }

    private LinearSoftmaxPolicy policy(WeightRef ref) {
        LinearSoftmaxPolicy cached = cache.get(ref);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = weights.getOrPrevious(ref)
                .orElseThrow(() -> new IllegalStateException("weights " + ref + " (or an older intact version) not in the store"))
                .bytes();
        LinearSoftmaxPolicy policy = WeightCodec.decode(bytes);
        cache.put(ref, policy);
        return policy;
    }
}
