package dev.league.matchmaking.sampling;

import dev.league.matchmaking.payoff.PayoffTable;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** PFSP over candidate ids, win rates read from a payoff table by id. */
final class PfspOpponentSampler implements OpponentSampler {

    private final PayoffTable payoff;
    private final PfspWeighting weighting;

    PfspOpponentSampler(PayoffTable payoff, PfspWeighting weighting) {
        this.payoff = Objects.requireNonNull(payoff, "payoff");
        this.weighting = Objects.requireNonNull(weighting, "weighting");
    }

    @Override
    public String sample(String player, List<String> candidates, RandomGenerator random) {
        List<String> others = candidates.stream().filter(candidate -> !candidate.equals(player)).toList();
        if (others.isEmpty()) {
            throw new IllegalArgumentException("no opponent for '" + player + "' among " + candidates);
        }
        int home = payoff.indexOf(player);
        double[] winRates = new double[others.size()];
        for (int i = 0; i < winRates.length; i++) {
            int away = payoff.indexOf(others.get(i));
            winRates[i] = home < 0 || away < 0 ? 0.5 : payoff.winRate(home, away);
        }
        return others.get(weighting.sample(winRates, winRates.length, random));
    }
}
