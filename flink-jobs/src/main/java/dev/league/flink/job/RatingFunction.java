package dev.league.flink.job;

import dev.league.league.RatingStore;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.RatingTable;
import dev.league.matchmaking.rating.RatingUpdate;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The league's rating table (parallelism 1): applies each game's result with the configured
 * rating system (Elo, Glicko-2 or TrueSkill; {@code matchmaking.ratingSystem}) and streams the
 * update. The table lives in memory and goes into operator state at each checkpoint (a game is
 * hundreds of microseconds of work; serializing the table per game would cost more than rating
 * it). Ratings are mirrored to the rating store for changed players at most every 250 ms and at
 * every checkpoint.
 */
final class RatingFunction extends ProcessFunction<MatchResult, RatingUpdate> implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;
    private static final long MIRROR_EVERY_NANOS = 250_000_000L;

    private final LeagueJobSpec spec;
    private transient RatingTable table;
    private transient long matches;
    private transient long frames;
    private transient ListState<byte[]> checkpointed;
    private transient RatingStore store;
    private transient Map<String, Double> dirty;
    private transient long lastMirror;

    RatingFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    /** The table and the running totals, as checkpointed. */
    private record State(RatingTable table, long matches, long frames) implements Serializable {}

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("ratings", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        for (byte[] bytes : checkpointed.get()) {
            State state = JavaSerialization.fromBytes(bytes, State.class);
            table = state.table();
            matches = state.matches();
            frames = state.frames();
        }
        if (table == null) {
            table = RatingTable.create(spec.league().matchmaking());
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointed.update(List.of(JavaSerialization.toBytes(new State(table, matches, frames))));
        mirror();
    }

    @Override
    public void open(OpenContext context) {
        store = LeagueStores.ratings(spec);
        dirty = new HashMap<>();
        lastMirror = System.nanoTime();
    }

    @Override
    public void processElement(MatchResult result, Context context, Collector<RatingUpdate> out) {
        double[] after = table.apply(result);
        for (int side = 0; side < after.length; side++) {
            dirty.put(result.players()[side], after[side]);
        }
        matches++;
        frames += result.frames();
        out.collect(new RatingUpdate(result.matchId(), result.players(), result.ranks(), after, matches, frames));
        if (System.nanoTime() - lastMirror > MIRROR_EVERY_NANOS) {
            mirror();
        }
    }

    @Override
    public void close() {
        if (store != null) {
            mirror();
        }
    }

    private void mirror() {
        dirty.forEach(store::put);
        dirty.clear();
        lastMirror = System.nanoTime();
    }
}
