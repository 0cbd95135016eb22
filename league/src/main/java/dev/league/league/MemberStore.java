package dev.league.league;

import java.util.Map;
import java.util.Optional;

/** Members (hyperparameters included) by id; Ignite-backed in production, so a restart loses nothing. */
public interface MemberStore {

    void put(Member member);

    Optional<Member> get(String id);

    /** All members by id. */
    Map<String, Member> all();

    /** Records the newest exploit order of a member (replacing an older one). */
    void putOrder(ExploitOrder order);

    /** The newest exploit order of a member, if any. */
    Optional<ExploitOrder> order(String member);
}
