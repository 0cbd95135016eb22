package dev.league.flink.job;

import dev.league.flink.training.AgentFactory;
import dev.league.flink.training.MemberLearner;
import dev.league.flink.training.SideExperience;
import dev.league.league.ExploitOrder;
import dev.league.league.Member;
import dev.league.league.MemberStore;
import dev.league.league.TrainingStats;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The learner of one member (keyed by the member's learner key, so it is the only writer of that member's
 * weights): one {@link MemberLearner#learn} per segment of experience with the member's current
 * hyperparameters, then publishes version + 1 (acting network, critics, optimizer state). The
 * version counter is Flink keyed state; the learner itself is rebuilt from the store's newest
 * version after a restore, so a failover resumes from the last published state.
 */
final class LearnerFunction extends KeyedProcessFunction<Integer, MemberExperience, TrainingStats> {

    private static final long serialVersionUID = 1L;

    private final LeagueJobSpec spec;
    private transient WeightStore weights;
    private transient ValueState<Long> version;
    private transient ValueState<Long> appliedOrder;
    private transient MemberStore members;
    private transient AgentFactory factory;
    private transient Map<String, MemberLearner> learners;
    private transient Counter updates;
    private transient Counter dropped;
    private transient Counter samples;
    private transient Counter learnNanos;
    private transient Counter publishNanos;
    private transient BreakdownClock clock;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LearnerFunction.class);

    LearnerFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        weights = LeagueStores.weights(spec);
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
        appliedOrder = getRuntimeContext().getState(new ValueStateDescriptor<>("applied-exploit-order", Types.LONG));
        members = LeagueStores.members(spec);
        factory = AgentFactory.of(spec.scenario(), spec.league());
        learners = new HashMap<>();
        var group = getRuntimeContext().getMetricGroup().addGroup("league").addGroup("learner");
        updates = group.counter("updates");
        dropped = group.counter("droppedStale");
        samples = group.counter("samples");
        learnNanos = group.counter("learnNanos");
        publishNanos = group.counter("publishNanos");
        group.meter("samplesPerSecond", new org.apache.flink.metrics.MeterView(samples));
        group.meter("updatesPerSecond", new org.apache.flink.metrics.MeterView(updates));
        clock = new BreakdownClock();
    }

    @Override
    public void processElement(MemberExperience experience, Context context, Collector<TrainingStats> out) throws IOException {
        String member = experience.memberId();
        Long stored = version.value();
        long now = stored != null ? stored : weights.latestVersion(member)
                .orElseThrow(() -> new IllegalStateException("member " + member + " has no weights in the store"));
        if (now - experience.version() > spec.league().maxPolicyLag()) {
            dropped.inc();     // too stale even for V-trace's correction: bounded policy lag
            return;
        }
        MemberLearner learner = learners.get(member);
        if (learner == null || stored == null) {
            learner = load(new WeightRef(member, now));
        }
        // PBT exploit or exploiter reset: continue from the copied weights and optimizer state (once per order)
        Optional<ExploitOrder> order = members.order(member);
        long applied = appliedOrder.value() == null ? 0 : appliedOrder.value();
        if (order.isPresent() && order.get().sequence() > applied) {
            learner = load(order.get().source());
            appliedOrder.update(order.get().sequence());
        }
        Map<String, Double> hyperparameters = members.get(member).map(Member::hyperparameters)
                .map(values -> values.values()).orElse(Map.of());
        SideExperience segment = experience.experience();
        long started = System.nanoTime();
        MemberLearner.Update update = learner.learn(segment, hyperparameters);
        long learned = System.nanoTime();
        long next = now + 1;
        weights.publish(new WeightRef(member, next), learner.encode());
        learnNanos.inc(learned - started);
        publishNanos.inc(System.nanoTime() - learned);
        version.update(next);
        learners.put(member, learner);
        updates.inc();
        samples.inc(segment.samples());
        double reward = segment.meanRewardPerAgent();
        logBreakdown();
        out.collect(new TrainingStats(member, next, experience.version(), update.loss(), reward,
                (long) segment.games() * segment.steps(), reward));
    }

    /** Every 30 s: this subtask's cumulative updates, samples and where its time went. */
    private void logBreakdown() {
        if (!clock.due()) {
            return;
        }
        double seconds = clock.seconds();
        LOG.info(String.format(java.util.Locale.ROOT,
                "learner %d: %d updates, %d samples in %.0f s (%.0f samples/s); learning %.1f s, publishing %.1f s, dropped stale %d",
                getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(), updates.getCount(), samples.getCount(), seconds,
                samples.getCount() / seconds, learnNanos.getCount() / 1e9, publishNanos.getCount() / 1e9, dropped.getCount()));
    }

    /** The learner at ref, or at the newest intact version before it. */
    private MemberLearner load(WeightRef ref) {
        byte[] bytes = weights.getOrPrevious(ref)
                .orElseThrow(() -> new IllegalStateException("weights " + ref + " (or an older intact version) not in the store"))
                .bytes();
        return factory.restore(bytes, spec.league().seed() * 7_919 + ref.version());
    }
}
