package dev.league.flink.job;

import dev.league.league.Hyperparameters;
import dev.league.league.LeagueSpec;
import dev.league.league.LineageStore;
import dev.league.league.Member;
import dev.league.league.MemberStore;
import dev.league.league.Population;
import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtController;
import dev.league.league.pbt.PbtEvent;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import dev.league.matchmaking.rating.RatingUpdate;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBT controller as an observer of the league's streams (one key: the league). Rating updates
 * and learner statistics go in; decisions come out as {@link PbtEvent}s, are written to the member
 * store (hyperparameters, generation, parent) and the lineage store, and exploits become
 * {@link dev.league.league.ExploitOrder}s that the member's learner applies. The controller lives in Flink state
 * (Java-serialized), so a restore resumes the same decisions with the perturbed hyperparameters.
 */
final class PbtFunction extends KeyedCoProcessFunction<Integer, RatingUpdate, TrainingStats, PbtEvent> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PbtFunction.class);

    private final LeagueJobSpec spec;
    private transient ValueState<byte[]> controllerState;
    private transient MemberStore members;
    private transient WeightStore weights;
    private transient LineageStore lineage;

    PbtFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        controllerState = getRuntimeContext().getState(new ValueStateDescriptor<>("pbt-controller",
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        members = LeagueStores.members(spec);
        weights = LeagueStores.weights(spec);
        lineage = LeagueStores.lineage(spec);
    }

    @Override
    public void processElement1(RatingUpdate update, Context context, Collector<PbtEvent> out) throws Exception {
        PbtController controller = controller(out);
        String[] players = update.players();
        for (int side = 0; side < players.length; side++) {
            if (LeagueSpec.isBaseline(players[side])) {
                continue;
            }
            controller.onRating(players[side], update.ratings()[side]);
            for (int other = 0; other < players.length; other++) {
                if (LeagueSpec.isBaseline(players[other])) {
                    int self = update.ranks()[side];
                    int them = update.ranks()[other];
                    controller.onBaselineResult(players[side], self < them ? 1.0 : self == them ? 0.5 : 0.0);
                }
            }
        }
        save(controller);
    }

    @Override
    public void processElement2(TrainingStats stats, Context context, Collector<PbtEvent> out) throws Exception {
        PbtController controller = controller(out);
        controller.onVersion(stats.memberId(), stats.version());
        controller.onEpisode(stats.memberId(), stats.frames(), stats.episodeReward(), Double.NaN);
        for (PbtEvent event : controller.decide()) {
            apply(event, out);
        }
        save(controller);
    }

    private void apply(PbtEvent event, Collector<PbtEvent> out) {
        Member member = members.get(event.member()).orElseThrow(
                () -> new IllegalStateException("member " + event.member() + " missing from the member store"));
        Member updated = member.withHyperparameters(event.after());
        if (event.copiesWeights()) {
            updated = updated.withLineage(event.generation(), event.source());
            WeightRef source = new WeightRef(event.source(), event.sourceVersion());
            weights.pin(source);   // kept through retention until the learner has copied it (and after: lineage)
            LeagueStores.orderCopy(members, event.member(), source);
        }
        members.put(updated);
        lineage.append(event);
        if (!PbtEvent.INIT.equals(event.kind())) {
            LOG.info("pbt {} {}: {}", event.kind(), event.member(), event.reason());
        }
        out.collect(event);
    }

    private PbtController controller(Collector<PbtEvent> out) throws IOException, ClassNotFoundException {
        byte[] bytes = controllerState.value();
        if (bytes != null) {
            return JavaSerialization.fromBytes(bytes, PbtController.class);
        }
        List<String> ids = Population.initial(spec.league()).ids();
        Hyperparameters reference = new Hyperparameters(Map.of(Hyperparameters.LEARNING_RATE, spec.league().learningRate()));
        PbtController controller = new PbtController(spec.league().pbt(), ids, reference, spec.league().seed() ^ 0x5EED);
        for (PbtEvent event : controller.history()) {
            apply(event, out);
        }
        return controller;
    }

    private void save(PbtController controller) throws IOException {
        controllerState.update(JavaSerialization.toBytes(controller));
    }
}
