package dev.league.matchmaking.rating;

import java.io.Serializable;

/**
 * TrueSkill (Herbrich, Minka and Graepel, NIPS 2006): Bayesian skill ratings for 1v1, team and
 * free-for-all matches with ranks and draws, by expectation propagation on the factor graph of the
 * paper, with the message schedule of sublee/trueskill ({@code trueskill/__init__.py},
 * {@code factorgraph.py}): prior, performance and team-performance messages down, iterate over the
 * team differences until the largest change is at most 1e-4 (at most 10 rounds), then back up.
 *
 * @param mu mean of a new player's rating (default 25)
 * @param sigma deviation of a new player's rating, > 0 (default 25/3)
 * @param beta performance noise: a skill gap of beta gives about 76 % wins, > 0 (default 25/6)
 * @param tau dynamics: deviation added before every match so ratings keep moving, >= 0 (default 25/300)
 * @param drawProbability probability of a draw between equals, in (0, 1) (default 0.10)
 */
public record TrueSkill(double mu, double sigma, double beta, double tau, double drawProbability)
        implements Serializable {

    /** The published defaults, as in the paper's Xbox Live setup and sublee/trueskill. */
    public static final TrueSkill DEFAULT = new TrueSkill(25.0, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.10);

    /** Convergence threshold of the team-difference iteration (sublee/trueskill {@code DELTA}). */
    static final double MIN_DELTA = 1e-4;

    public TrueSkill {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("trueskill.mu must be finite, was " + mu);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("trueskill.sigma must be > 0, was " + sigma);
        }
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("trueskill.beta must be > 0, was " + beta);
        }
        if (!(tau >= 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("trueskill.tau must be >= 0, was " + tau);
        }
        if (!(drawProbability > 0 && drawProbability < 1)) {
            throw new IllegalArgumentException("trueskill.drawProbability must be in (0, 1), was " + drawProbability);
        }
    }

    /** The defaults with another draw probability. */
    public TrueSkill withDrawProbability(double value) {
        return new TrueSkill(mu, sigma, beta, tau, value);
    }

    /** The rating of a player never seen before. */
    public TrueSkillRating initial() {
        return new TrueSkillRating(mu, sigma);
    }

    /**
     * The draw margin epsilon for a comparison between two teams of {@code players} players in all:
     * {@code Phi^-1((p + 1) / 2) sqrt(players) beta}.
     */
    public double drawMargin(int players) {
        return Normal.ppf((drawProbability + 1) / 2) * Math.sqrt(players) * beta;
    }

    /**
     * Rates a match between teams.
     *
     * @param teams team t's players' ratings, [T][n_t], T >= 2, n_t >= 1
     * @param ranks finishing rank per team, length T; lower is better, equal ranks tie (as in
     *     {@code MatchResult}: 1 best)
     * @return the ratings after the match, same shape as {@code teams}
     */
    public TrueSkillRating[][] rate(TrueSkillRating[][] teams, int[] ranks) {
        checkTeams(teams);
        if (ranks == null || ranks.length != teams.length) {
            throw new IllegalArgumentException("trueskill: ranks must have one entry per team (" + teams.length
                    + "), had " + (ranks == null ? "none" : ranks.length));
        }
        return TrueSkillGraph.rate(this, teams, ranks);
    }

    /** Rates a free-for-all (or 1v1) match: every player is a team of one. */
    public TrueSkillRating[] rate(TrueSkillRating[] players, int[] ranks) {
        TrueSkillRating[][] rated = rate(asTeams(players), ranks);
        TrueSkillRating[] flat = new TrueSkillRating[players.length];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = rated[i][0];
        }
        return flat;
    }

    /**
     * Match quality: the probability of a draw relative to the most likely draw, in (0, 1]
     * (Herbrich et al. 2006, eq. 4, for teams via the comparison matrix A).
     */
    public double quality(TrueSkillRating[][] teams) {
        checkTeams(teams);
        return TrueSkillGraph.quality(this, teams);
    }

    /** {@link #quality(TrueSkillRating[][])} of a free-for-all. */
    public double quality(TrueSkillRating[] players) {
        return quality(asTeams(players));
    }

    private static TrueSkillRating[][] asTeams(TrueSkillRating[] players) {
        TrueSkillRating[][] teams = new TrueSkillRating[players.length][];
        for (int i = 0; i < players.length; i++) {
            teams[i] = new TrueSkillRating[] {players[i]};
        }
        return teams;
    }

    private static void checkTeams(TrueSkillRating[][] teams) {
        if (teams == null || teams.length < 2) {
            throw new IllegalArgumentException("trueskill: a match needs at least 2 teams, had "
                    + (teams == null ? 0 : teams.length));
        }
        for (int t = 0; t < teams.length; t++) {
            if (teams[t] == null || teams[t].length == 0) {
                throw new IllegalArgumentException("trueskill: teams[" + t + "] must have at least one player");
            }
            for (TrueSkillRating rating : teams[t]) {
                if (rating == null) {
                    throw new IllegalArgumentException("trueskill: teams[" + t + "] has a null rating");
                }
            }
        }
    }
}
