package dev.league.flink.training;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.ActorSpec;
import dev.league.agents.actor.UnitTypeSpec;
import dev.league.agents.codec.NetworkCodec;
import dev.league.agents.critic.MaacCritic;
import dev.league.agents.critic.MaacCriticSpec;
import dev.league.agents.learning.LearnerHyperparameters;
import dev.league.agents.nn.Activation;
import dev.league.agents.policy.Policy;
import dev.league.coordination.CoordinationSpec;
import dev.league.coordination.DicgNetwork;
import dev.league.league.AgentSpec;
import dev.league.league.LeagueSpec;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.ScenarioSpec;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds, stores and restores the league's members as the league file's {@code agent:} block
 * says: their acting policies (for rollout workers and evaluation) and their learners. Every
 * member network acts for one side of the scenario, with N = the largest side's agent count.
 */
public final class AgentFactory implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ScenarioSpec scenario;
    private final AgentSpec agent;
    private final double learningRate;
    private final double discount;
    private transient EnvironmentSpec environment;

    public AgentFactory(ScenarioSpec scenario, AgentSpec agent, double learningRate, double discount) {
        this.scenario = scenario;
        this.agent = agent;
        this.learningRate = learningRate;
        this.discount = discount;
        check(scenario.environmentSpec(), agent, scenario.name());
    }

    public static AgentFactory of(ScenarioSpec scenario, LeagueSpec league) {
        return new AgentFactory(scenario, league.agent(), league.learningRate(), league.discount());
    }

    /**
     * @throws IllegalArgumentException naming the field when a centralized critic meets sides of
     *     different sizes
     */
    public static void check(EnvironmentSpec environment, AgentSpec agent, String scenario) {
        if (AgentSpec.LOCAL.equals(agent.critic())) {
            return;
        }
        int[] sizes = new int[environment.teams()];
        for (int i = 0; i < environment.agents(); i++) {
            sizes[environment.team(i)]++;
        }
        if (java.util.Arrays.stream(sizes).distinct().count() > 1) {
            throw new IllegalArgumentException("agent.critic '" + agent.critic() + "' needs sides of equal size; scenario " + scenario
                    + " has sides of " + java.util.Arrays.toString(sizes) + " agents (use agent.critic: local)");
        }
    }

    public AgentSpec agent() {
        return agent;
    }

    double learningRate() {
        return learningRate;
    }

    double discount() {
        return discount;
    }

    private EnvironmentSpec environment() {
        if (environment == null) {
            environment = scenario.environmentSpec();
        }
        return environment;
    }

    /** N: the agents one member controls (the largest side). */
    public int agents() {
        return MatchRunner.largestSide(environment());
    }

    /** The stored kind: {@code appo}, {@code maac}, or {@code <policy>+<critic>} for DICG networks. */
    public String kind() {
        return switch (agent.critic()) {
            case AgentSpec.LOCAL -> AppoLearner.KIND;
            case AgentSpec.MAAC -> MaacMemberLearner.KIND;
            default -> coordination().policy() + "+" + coordination().critic();
        };
    }

    static double value(Map<String, Double> values, String name, double fallback) {
        Double value = values.get(name);
        return value == null ? fallback : value;
    }

    /** The learner's values: the member's (PBT-tuned) ones where set, else the league file's. */
    public LearnerHyperparameters learnerHyperparameters(Map<String, Double> values) {
        return new LearnerHyperparameters(value(values, "learningRate", learningRate),
                value(values, "entropyCoefficient", agent.entropyCoefficient()), value(values, "clipRatio", agent.clipRatio()),
                value(values, "discount", discount), value(values, "gaeLambda", agent.gaeLambda()), 1.0, 1.0,
                value(values, "valueCoefficient", agent.valueCoefficient()), agent.maxGradNorm());
    }

    /** The MLP actors: one shared type; a head per action component ({@code agent.actionHead: factorized}) or one flat head. */
    ActorSpec actorSpec() {
        EnvironmentSpec e = environment();
        List<Integer> components = AgentSpec.FLAT.equals(agent.actionHead()) ? List.of(e.actions()) : e.actionComponents();
        return new ActorSpec(e.observationSize(), e.actions(), Collections.nCopies(agents(), 0),
                List.of(new UnitTypeSpec("unit", components)), agent.hidden(), agent.layers(), false, Activation.TANH);
    }

    CoordinationSpec coordination() {
        String policy = AgentSpec.MLP.equals(agent.policy()) ? CoordinationSpec.INDEPENDENT : agent.policy();
        int h = agent.hidden();
        return CoordinationSpec.of(policy, agent.critic()).withSizes(128, 64, 2, List.of(h, h), h);
    }

    private DicgNetwork dicgNetwork(long seed) {
        EnvironmentSpec e = environment();
        return new DicgNetwork(coordination(), agents(), e.observationSize(), e.actions(), new int[agents()], DataType.FLOAT, seed);
    }

    /** A fresh member, its parameters initialized from {@code seed}. */
    public MemberLearner create(long seed) {
        return build(seed, null);
    }

    /** A member restored from a blob written by {@link MemberLearner#encode()}. */
    public MemberLearner restore(byte[] blob, long seed) {
        return build(seed, AgentBlob.decode(blob, kind()));
    }

    private MemberLearner build(long seed, List<byte[]> state) {
        SplittableRandom random = new SplittableRandom(seed);
        return switch (agent.critic()) {
            case AgentSpec.LOCAL -> new AppoLearner(this, ActorNetwork.create(actorSpec(), DataType.FLOAT, random),
                    state == null ? null : state.get(0));
            case AgentSpec.MAAC -> {
                ActorNetwork actor = ActorNetwork.create(actorSpec(), DataType.FLOAT, random);
                EnvironmentSpec e = environment();
                MaacCritic critic = MaacCritic.create(MaacCriticSpec.homogeneous(agents(), e.observationSize(), e.actions())
                        .withHidden(Math.max(4, agent.hidden() / 4 * 4), 4),
                        DataType.FLOAT, random);
                yield new MaacMemberLearner(this, actor, critic, state, seed ^ 0x9E3779B97F4A7C15L);
            }
            default -> new DicgMemberLearner(this, dicgNetwork(seed), state == null ? null : state.get(0), kind());
        };
    }

    /** Version 0 of a member: fresh parameters and optimizer state. */
    public byte[] initial(long seed) {
        return create(seed).encode();
    }

    /** The acting policy stored in a blob (section 0 only: what rollout workers need). */
    public SidePolicy policy(byte[] blob) {
        return policy(blob, false);
    }

    /** @param greedy always the most probable available action (evaluation's test mode) instead of sampling */
    public SidePolicy policy(byte[] blob, boolean greedy) {
        byte[] acting = AgentBlob.decode(blob, kind()).get(0);
        if (agent.usesGraphNetwork()) {
            DicgNetwork network = dicgNetwork(0);
            NetworkCodec.restore(acting, network.parameters(), null);
            return new DicgMemberLearner.DicgSidePolicy(network, greedy);
        }
        return new ActorSidePolicy(ActorNetwork.of(actorSpec(), NetworkCodec.decode(acting).parameters()), greedy);
    }

    /** A stored member as the evaluation's {@link Policy} for one side (one game per call). */
    public Policy evaluationPolicy(byte[] blob, boolean greedy) {
        SidePolicy side = policy(blob, greedy);
        return (observations, masks, random) -> {
            int agents = observations.length;
            int d = observations[0].length;
            int a = masks[0].length;
            float[] flat = new float[agents * d];
            boolean[] flatMasks = new boolean[agents * a];
            for (int i = 0; i < agents; i++) {
                System.arraycopy(observations[i], 0, flat, i * d, d);
                System.arraycopy(masks[i], 0, flatMasks, i * a, a);
            }
            int[] actions = new int[agents];
            side.act(flat, flatMasks, 1, agents, actions, new float[agents], random);
            return actions;
        };
    }
}
