package dev.league.flink.job;

import dev.league.agents.codec.WeightCodec;
import dev.league.agents.learning.PolicyGradientLearner;
import dev.league.agents.policy.LinearSoftmaxPolicy;
import dev.league.league.ExploitOrder;
import dev.league.league.Hyperparameters;
import dev.league.league.MemberStore;
import dev.league.league.TrainingStats;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import java.io.IOException;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The learner of one member (keyed by member id, so it is the only writer of that member's
 * weights): one gradient step per trajectory, then publishes version + 1. The version counter is
 * Flink keyed state, so a restore resumes the numbering.
 */
final class LearnerFunction extends KeyedProcessFunction<String, MemberTrajectory, TrainingStats> {

    private static final long serialVersionUID = 1L;

    private final LeagueJobSpec spec;
    private transient WeightStore weights;
    private transient PolicyGradientLearner learner;
    private transient ValueState<Long> version;
    private transient ValueState<Long> appliedOrder;
    private transient MemberStore members;
    private transient java.util.Map<String, LinearSoftmaxPolicy> current;
    private transient Counter updates;
    private transient Counter dropped;

    LearnerFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        weights = LeagueStores.weights(spec);
        learner = new PolicyGradientLearner(spec.league().discount());
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
        appliedOrder = getRuntimeContext().getState(new ValueStateDescriptor<>("applied-exploit-order", Types.LONG));
        members = LeagueStores.members(spec);
        current = new java.util.HashMap<>();
        updates = getRuntimeContext().getMetricGroup().addGroup("league").addGroup("learner").counter("updates");
        dropped = getRuntimeContext().getMetricGroup().addGroup("league").addGroup("learner").counter("droppedStale");
    }

    @Override
    public void processElement(MemberTrajectory experience, Context context, Collector<TrainingStats> out)
            throws IOException {
        String member = experience.memberId();
        Long stored = version.value();
        long now = stored != null ? stored : weights.latestVersion(member)
                .orElseThrow(() -> new IllegalStateException("member " + member + " has no weights in the store"));
        if (now - experience.version() > spec.league().maxPolicyLag()) {
            dropped.inc();     // too stale for the policy gradient: bounded policy lag
            return;
        }
        LinearSoftmaxPolicy policy = current.get(member);
        if (policy == null || stored == null) {
            policy = load(new WeightRef(member, now));
        }
        // PBT exploit: continue from the copied member's weights (applied once per order)
        Optional<ExploitOrder> order = members.order(member);
        long applied = appliedOrder.value() == null ? 0 : appliedOrder.value();
        if (order.isPresent() && order.get().sequence() > applied) {
            policy = load(order.get().source());
            appliedOrder.update(order.get().sequence());
        }
        double learningRate = members.get(member)
                .map(record -> record.hyperparameters().values().getOrDefault(Hyperparameters.LEARNING_RATE,
                        spec.league().learningRate()))
                .orElse(spec.league().learningRate());
        PolicyGradientLearner.Update update = learner.update(policy, experience.trajectory(), learningRate);
        long next = now + 1;
        weights.publish(new WeightRef(member, next), WeightCodec.encode(update.policy()));
        version.update(next);
        current.put(member, update.policy());
        updates.inc();
        double episodeReward = 0;
        for (float reward : experience.trajectory().rewards()) {
            episodeReward += reward;
        }
        out.collect(new TrainingStats(member, next, experience.version(), update.loss(), update.meanReturn(),
                experience.trajectory().length(), episodeReward));
    }

    /** The policy at ref, or at the newest intact version before it. */
    private LinearSoftmaxPolicy load(WeightRef ref) {
        return WeightCodec.decode(weights.getOrPrevious(ref)
                .orElseThrow(() -> new IllegalStateException("weights " + ref + " (or an older intact version) not in the store"))
                .bytes());
    }
}
