package dev.league.matchmaking.league;

import java.io.Serializable;

/**
 * A player of the league: a live learner (member) or a snapshot, a frozen copy of a member at one
 * weight version. Both are first-class: they have payoff entries, ratings and can be opponents.
 *
 * @param id player id: the member id, or {@code member@version} for a snapshot
 * @param member the member whose weights it plays with
 * @param version the weight version it plays with (a learner's: its latest reported)
 * @param role the member's role
 * @param snapshot whether it is a frozen snapshot (never learns)
 */
public record LeaguePlayer(String id, String member, long version, Role role, boolean snapshot)
        implements Serializable {
}
