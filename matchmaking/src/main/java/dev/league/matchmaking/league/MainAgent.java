package dev.league.matchmaking.league;

import dev.league.matchmaking.MatchmakingSpec;
import dev.league.matchmaking.sampling.PfspWeighting;
import java.util.random.RandomGenerator;

/**
 * AlphaStar main agent ({@code MainPlayer.get_match} of the Nature 2019 pseudocode): with probability
 * {@code mainPfspShare} (0.5) PFSP-squared over all snapshots; with {@code mainVerificationShare}
 * (0.15) the verification branch (main-exploiter snapshots it loses to, then snapshots of a main
 * agent it has forgotten how to beat), falling through to self-play; otherwise (0.35) self-play
 * against a random main agent, or that agent's snapshots (PFSP-variance) if it is too strong.
 */
final class MainAgent implements LearnerRole {

    private static final long serialVersionUID = 1L;

    private final double pfspShare;
    private final double verificationShare;
    private final double selfPlayWinRate;
    private final double exploiterWinRate;
    private final double forgettingWinRate;

    MainAgent(MatchmakingSpec spec) {
        this.pfspShare = spec.mainPfspShare();
        this.verificationShare = spec.mainVerificationShare();
        this.selfPlayWinRate = spec.selfPlayWinRate();
        this.exploiterWinRate = spec.verificationExploiterWinRate();
        this.forgettingWinRate = spec.verificationForgettingWinRate();
    }

    @Override
    public Role role() {
        return Role.MAIN_AGENT;
    }

    @Override
    public OpponentChoice opponent(League league, int self, RandomGenerator random) {
        double coin = random.nextDouble();
        if (coin < pfspShare) {
            return league.pfsp(self, league.historical(), PfspWeighting.SQUARED, Branch.MAIN_PFSP, random);
        }
        IntList mainAgents = league.mainAgents();
        int opponent = mainAgents.get(random.nextInt(mainAgents.size()));
        if (coin < pfspShare + verificationShare) {
            OpponentChoice verification = verification(league, self, opponent, random);
            if (verification != null) {
                return verification;
            }
        }
        return selfPlay(league, self, opponent, random);
    }

    private OpponentChoice selfPlay(League league, int self, int opponent, RandomGenerator random) {
        IntList curriculum = league.historicalOf(opponent);
        if (league.winRate(self, opponent) > selfPlayWinRate || curriculum.isEmpty()) {
            return league.choose(opponent, Branch.MAIN_SELF_PLAY);
        }
        return league.pfsp(self, curriculum, PfspWeighting.VARIANCE, Branch.MAIN_SELF_PLAY_CURRICULUM, random);
    }

    private OpponentChoice verification(League league, int self, int opponent, RandomGenerator random) {
        // check exploitation: does a main exploiter's snapshot beat us?
        IntList exploiters = league.exploiterSnapshots();
        if (!exploiters.isEmpty() && league.minWinRate(self, exploiters) < exploiterWinRate) {
            return league.pfsp(self, exploiters, PfspWeighting.SQUARED, Branch.MAIN_VERIFY_EXPLOITERS, random);
        }
        // check forgetting: the opponent's snapshots, without the suffix where our win rate only falls
        IntList history = league.historicalOf(opponent);
        double[] rates = league.winRates(self, history);
        int kept = keptPrefix(rates, history.size());
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < kept; i++) {
            lowest = Math.min(lowest, rates[i]);
        }
        if (kept > 0 && lowest < forgettingWinRate) {
            int chosen = PfspWeighting.SQUARED.sample(rates, kept, random);
            return league.choose(history.get(chosen), Branch.MAIN_VERIFY_FORGETTING);
        }
        return null;
    }

    /**
     * The pseudocode's {@code remove_monotonic_suffix}: the length of the prefix up to the last
     * snapshot against which the win rate rose compared with the one before it; 0 if it never rose.
     *
     * @param winRates win rates against the snapshots, oldest first, first {@code count} used
     */
    static int keptPrefix(double[] winRates, int count) {
        for (int i = count - 1; i > 0; i--) {
            if (winRates[i - 1] < winRates[i]) {
                return i + 1;
            }
        }
        return 0;
    }
}
