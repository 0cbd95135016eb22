package dev.league.flink.job;

import dev.league.flink.training.AgentFactory;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteLineageStore;
import dev.league.ignite.IgniteMatchLog;
import dev.league.ignite.IgniteMemberStore;
import dev.league.ignite.IgniteRatingStore;
import dev.league.ignite.IgniteWeightStore;
import dev.league.league.ExploitOrder;
import dev.league.league.LineageStore;
import dev.league.league.MatchLog;
import dev.league.league.MemberStore;
import dev.league.league.Population;
import dev.league.league.RatingStore;
import dev.league.league.weights.WeightRef;
import dev.league.league.weights.WeightStore;
import java.util.Map;
import org.apache.ignite.Ignite;

/** Opens the Ignite-backed stores from inside an operator, and seeds a new population. */
public final class LeagueStores {

    private LeagueStores() {}

    public static WeightStore weights(LeagueJobSpec spec) {
        return new IgniteWeightStore(ignite(spec), spec.ignite().backups());
    }

    public static RatingStore ratings(LeagueJobSpec spec) {
        return new IgniteRatingStore(ignite(spec), spec.ignite().backups());
    }

    public static MemberStore members(LeagueJobSpec spec) {
        return new IgniteMemberStore(ignite(spec), spec.ignite().backups());
    }

    public static MatchLog matchLog(LeagueJobSpec spec) {
        return new IgniteMatchLog(ignite(spec), spec.ignite().backups());
    }

    public static LineageStore lineage(LeagueJobSpec spec) {
        return new IgniteLineageStore(ignite(spec), spec.ignite().backups());
    }

    private static Ignite ignite(LeagueJobSpec spec) {
        return IgniteNodes.connect(spec.ignite());
    }

    /**
     * Orders a member's learner to continue from {@code source}: the next sequence number after the
     * member's last order (the PBT controller and the matchmaker's exploiter resets both write orders).
     */
    public static void orderCopy(MemberStore members, String member, WeightRef source) {
        long sequence = members.order(member).map(ExploitOrder::sequence).orElse(0L) + 1;
        members.putOrder(new ExploitOrder(member, source, sequence));
    }

    /** Publishes version 0 of every member (fresh networks as agent: says, seeded per member) and its member record. */
    public static void seed(WeightStore store, MemberStore members, Population population, LeagueJobSpec spec) {
        seed(store, members, population, spec, Map.of());
    }

    /**
     * As {@link #seed(WeightStore, MemberStore, Population, LeagueJobSpec)}, but a member found in
     * {@code start} begins from that blob (an earlier run's final state) instead of fresh networks.
     */
    public static void seed(WeightStore store, MemberStore members, Population population, LeagueJobSpec spec,
            Map<String, byte[]> start) {
        population.members().forEach(members::put);
        AgentFactory factory = AgentFactory.of(spec.scenario(), spec.league());
        for (int i = 0; i < population.members().size(); i++) {
            String member = population.members().get(i).id();
            byte[] initial = start.containsKey(member) ? start.get(member) : factory.initial(spec.league().seed() * 1_000 + i);
            store.publish(new WeightRef(member, 0), initial);
            store.pin(new WeightRef(member, 0));     // exploiters reset to it
        }
    }
}
