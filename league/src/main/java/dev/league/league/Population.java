package dev.league.league;

import java.util.ArrayList;
import java.util.List;

/** The members of a league, in id order. */
public record Population(List<Member> members) {

    public Population {
        members = List.copyOf(members);
        if (members.stream().map(Member::id).distinct().count() != members.size()) {
            throw new IllegalArgumentException("population member ids must be unique");
        }
    }

    /** {@code size} main-role members {@code m0..m(size-1)} at version 0 with the spec's hyperparameters. */
    public static Population initial(LeagueSpec spec) {
        Hyperparameters hyperparameters = new Hyperparameters(java.util.Map.of(Hyperparameters.LEARNING_RATE, spec.learningRate()));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < spec.members(); i++) {
            members.add(new Member("m" + i, Member.MAIN, hyperparameters, 0));
        }
        return new Population(members);
    }

    public List<String> ids() {
        return members.stream().map(Member::id).toList();
    }
}
