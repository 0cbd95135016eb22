package dev.league.league;

import dev.league.league.pbt.PbtEvent;
import java.util.List;

/** The PBT events of every member, in order: the population's lineage. */
public interface LineageStore {

    void append(PbtEvent event);

    /** One member's events, oldest first. */
    List<PbtEvent> events(String member);
}
