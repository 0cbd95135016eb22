package dev.league.flink.job;

import dev.league.league.RatingStore;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.RatingTable;
import dev.league.matchmaking.rating.RatingUpdate;
import java.io.IOException;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The league's rating table (one key: the league): applies each result with the configured rating
 * system (Elo, Glicko-2 or TrueSkill; {@code matchmaking.ratingSystem}), keeps the table in Flink
 * state, mirrors the ratings to the rating store, logs the result for the matchmaker, and streams
 * the update.
 */
final class RatingFunction extends KeyedProcessFunction<Integer, MatchResult, RatingUpdate> {

    private static final long serialVersionUID = 1L;

    private final LeagueJobSpec spec;
    private transient ValueState<byte[]> table;
    private transient ValueState<Long> matches;
    private transient ValueState<Long> frames;
    private transient RatingStore store;

    RatingFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        table = getRuntimeContext().getState(new ValueStateDescriptor<>("rating-table",
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        matches = getRuntimeContext().getState(new ValueStateDescriptor<>("matches", Types.LONG));
        frames = getRuntimeContext().getState(new ValueStateDescriptor<>("frames", Types.LONG));
        store = LeagueStores.ratings(spec);
    }

    @Override
    public void processElement(MatchResult result, Context context, Collector<RatingUpdate> out) throws Exception {
        RatingTable ratings = load();
        double[] after = ratings.apply(result);
        table.update(save(ratings));
        for (int side = 0; side < after.length; side++) {
            store.put(result.players()[side], after[side]);
        }
        long matchCount = (matches.value() == null ? 0 : matches.value()) + 1;
        long frameCount = (frames.value() == null ? 0 : frames.value()) + result.frames();
        matches.update(matchCount);
        frames.update(frameCount);
        out.collect(new RatingUpdate(result.matchId(), result.players(), result.ranks(), after, matchCount, frameCount));
    }

    private RatingTable load() throws IOException, ClassNotFoundException {
        byte[] bytes = table.value();
        if (bytes == null) {
            return RatingTable.create(spec.league().matchmaking());
        }
        return JavaSerialization.fromBytes(bytes, RatingTable.class);
    }

    private static byte[] save(RatingTable ratings) throws IOException {
        return JavaSerialization.toBytes(ratings);
    }
}
