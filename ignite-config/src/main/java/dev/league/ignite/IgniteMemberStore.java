package dev.league.ignite;

import dev.league.league.ExploitOrder;
import dev.league.league.Member;
import dev.league.league.MemberStore;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.cache.Cache;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;

/** {@link MemberStore} on {@link LeagueCaches#MEMBERS}: checksummed serialized members, hyperparameters included. */
public final class IgniteMemberStore implements MemberStore {

    private static final String ORDER = "#exploit";

    private final IgniteCache<String, byte[]> members;

    public IgniteMemberStore(Ignite ignite, int backups) {
        this.members = ignite.getOrCreateCache(LeagueCaches.<String, byte[]>configuration(LeagueCaches.MEMBERS, backups));
    }

    @Override
    public void putOrder(ExploitOrder order) {
        members.put(order.member() + ORDER, Blobs.serialize(order));
    }

    @Override
    public Optional<ExploitOrder> order(String member) {
        byte[] bytes = members.get(member + ORDER);
        return bytes == null ? Optional.empty() : Optional.of(Blobs.deserialize(bytes, ExploitOrder.class, "exploit order " + member));
    }

    @Override
    public void put(Member member) {
        members.put(member.id(), Blobs.serialize(member));
    }

    @Override
    public Optional<Member> get(String id) {
        byte[] bytes = members.get(id);
        return bytes == null ? Optional.empty() : Optional.of(Blobs.deserialize(bytes, Member.class, "member " + id));
    }

    @Override
    public Map<String, Member> all() {
        Map<String, Member> all = new TreeMap<>();
        for (Cache.Entry<String, byte[]> entry : members) {
            if (entry.getKey().endsWith(ORDER)) {
                continue;
            }
            all.put(entry.getKey(), Blobs.deserialize(entry.getValue(), Member.class, "member " + entry.getKey()));
        }
        return all;
    }
}
