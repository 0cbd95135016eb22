package dev.league.flink.job;

import dev.league.league.Population;
import dev.league.league.weights.WeightStore;
import dev.league.matchmaking.MatchSpec;
import dev.league.matchmaking.Matchmaker;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/** Round number in, one match per member out, each side at its newest version in the store. */
final class MatchmakerFunction extends RichFlatMapFunction<Long, MatchSpec> {

    private static final long serialVersionUID = 1L;

    private final LeagueJobSpec spec;
    private transient WeightStore weights;
    private transient Matchmaker matchmaker;
    private transient Population population;

    MatchmakerFunction(LeagueJobSpec spec) {
        this.spec = spec;
    }

    @Override
    public void open(OpenContext context) {
        weights = LeagueStores.weights(spec);
        matchmaker = Matchmaker.uniform(spec.league().seed());
        population = Population.initial(spec.league());
    }

    @Override
    public void flatMap(Long round, Collector<MatchSpec> out) {
        Map<String, Long> latest = weights.latestVersions();
        Map<String, Long> versions = new TreeMap<>();
        for (String member : population.ids()) {
            Long version = latest.get(member);
            if (version == null) {
                throw new IllegalStateException("member " + member + " has no weights in the store: population not seeded");
            }
            versions.put(member, version);
        }
        matchmaker.round(round.intValue(), versions).forEach(out::collect);
    }
}
