package dev.league.matchmaking.league;

import dev.league.matchmaking.sampling.PfspWeighting;
import java.util.random.RandomGenerator;

/** {@code pfsp}: PFSP with one weighting over all snapshots. */
final class PfspLearner implements LearnerRole {

    private static final long serialVersionUID = 1L;

    private final PfspWeighting weighting;

    PfspLearner(PfspWeighting weighting) {
        this.weighting = weighting;
    }

    @Override
    public Role role() {
        return Role.MAIN_AGENT;
    }

    @Override
    public OpponentChoice opponent(League league, int self, RandomGenerator random) {
        if (league.historical().isEmpty()) {
            return league.choose(self, Branch.LATEST_SELF);
        }
        return league.pfsp(self, league.historical(), weighting, Branch.PFSP, random);
    }
}
