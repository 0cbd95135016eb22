package dev.league.flink.job;

import dev.league.league.RatingStore;
import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.rating.Elo;
import dev.league.matchmaking.rating.RatingUpdate;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The league's rating table (one key: the league): applies each result with online Elo, keeps the
 * table in Flink state, mirrors it to the rating store for readers outside the job, and streams
 * the update.
 */
final class RatingFunction extends KeyedProcessFunction<Integer, MatchResult, RatingUpdate> {

    private static final long serialVersionUID = 1L;

    private final LeagueJobSpec spec;
    private transient Elo elo;
    private transient MapState<String, Double> ratings;
    private transient ValueState<Long> matches;
    private transient ValueState<Long> frames;
    private transient RatingStore store;

    RatingFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        elo = new Elo(spec.league().eloK(), Elo.DEFAULT.initialRating());
        ratings = getRuntimeContext().getMapState(new MapStateDescriptor<>("ratings", Types.STRING, Types.DOUBLE));
        matches = getRuntimeContext().getState(new ValueStateDescriptor<>("matches", Types.LONG));
        frames = getRuntimeContext().getState(new ValueStateDescriptor<>("frames", Types.LONG));
        store = LeagueStores.ratings(spec);
    }

    @Override
    public void processElement(MatchResult result, Context context, Collector<RatingUpdate> out) throws Exception {
        Map<String, Double> table = new HashMap<>();
        for (String player : result.players()) {
            Double rating = ratings.get(player);
            if (rating != null) {
                table.put(player, rating);
            }
        }
        elo.apply(table, result);
        double[] after = new double[result.players().length];
        for (int side = 0; side < after.length; side++) {
            String player = result.players()[side];
            after[side] = table.get(player);
            ratings.put(player, after[side]);
            store.put(player, after[side]);
        }
        long matchCount = (matches.value() == null ? 0 : matches.value()) + 1;
        long frameCount = (frames.value() == null ? 0 : frames.value()) + result.frames();
        matches.update(matchCount);
        frames.update(frameCount);
        out.collect(new RatingUpdate(result.matchId(), result.players(), result.ranks(), after, matchCount, frameCount));
    }
}
