package dev.league.matchmaking.league;

import java.util.random.RandomGenerator;

/** {@code uniform}: a uniformly drawn other learner (itself when alone). Sample Factory's self-play mixing. */
final class UniformLearner implements LearnerRole {

    private static final long serialVersionUID = 1L;

    static final UniformLearner INSTANCE = new UniformLearner();

    private UniformLearner() {}

    @Override
    public Role role() {
        return Role.MAIN_AGENT;
    }

    @Override
    public OpponentChoice opponent(League league, int self, RandomGenerator random) {
        IntList learners = league.learnerIndices();
        if (learners.size() == 1) {
            return league.choose(self, Branch.UNIFORM);
        }
        int drawn = random.nextInt(learners.size() - 1); // skip self
        int opponent = learners.get(drawn >= self ? drawn + 1 : drawn);
        return league.choose(opponent, Branch.UNIFORM);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
