package dev.league.matchmaking.league;

import java.util.random.RandomGenerator;

/** {@code latest-self}: naive self-play against the learner's own latest version. */
final class LatestSelfLearner implements LearnerRole {

    private static final long serialVersionUID = 1L;

    static final LatestSelfLearner INSTANCE = new LatestSelfLearner();

    private LatestSelfLearner() {}

    @Override
    public Role role() {
        return Role.MAIN_AGENT;
    }

    @Override
    public OpponentChoice opponent(League league, int self, RandomGenerator random) {
        return league.choose(self, Branch.LATEST_SELF);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
