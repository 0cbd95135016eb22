package dev.league.matchmaking;

import dev.league.matchmaking.sampling.PfspWeighting;
import dev.league.matchmaking.sampling.SamplerKind;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The matchmaking section of the league config. Every field is optional; a missing (null) field
 * takes the default listed here and in {@link #DEFAULTS}, resolved in one place (the compact
 * constructor). The AlphaStar numbers come from the Nature 2019 supplementary pseudocode
 * ({@code player.py}, {@code payoff.py}); the snapshot-pool numbers from Unity ML-Agents' ghost
 * trainer.
 *
 * @param sampler how learners choose opponents: one of {@code uniform} (default), {@code latest-self},
 *     {@code snapshot-pool}, {@code pfsp}, {@code alphastar}; see {@link SamplerKind}
 * @param pfspWeighting weighting of the {@code pfsp} sampler: {@code squared} (default),
 *     {@code variance}, {@code linear}, {@code linear-capped}; the AlphaStar roles use their own fixed
 *     weightings
 * @param mainAgents {@code alphastar}: number of main agents, >= 1 (default 1); learners take roles in
 *     member order: main agents, then main exploiters, then league exploiters
 * @param mainExploiters {@code alphastar}: number of main exploiters, >= 0 (default 1)
 * @param leagueExploiters {@code alphastar}: number of league exploiters, >= 0 (default 2)
 * @param mainPfspShare main agent: probability of PFSP (squared) over all snapshots, in [0, 1]
 *     (default 0.5)
 * @param mainVerificationShare main agent: probability of the verification branch, in [0, 1], with
 *     {@code mainPfspShare + mainVerificationShare <= 1} (default 0.15); the rest (0.35) is self-play
 * @param selfPlayWinRate main agent: plays a live main agent when its win rate against it is above
 *     this, else that agent's snapshots as a curriculum (PFSP variance), in [0, 1] (default 0.3)
 * @param verificationExploiterWinRate main agent: verifies against main-exploiter snapshots when its
 *     lowest win rate against them is below this, in [0, 1] (default 0.3)
 * @param verificationForgettingWinRate main agent: replays its opponent's old snapshots when its
 *     lowest win rate against them is below this (forgetting check), in [0, 1] (default 0.7)
 * @param mainExploiterWinRate main exploiter: plays a live main agent when its win rate against it is
 *     above this, else that agent's snapshots (PFSP variance), in [0, 1] (default 0.1)
 * @param leagueExploiterResetProbability league exploiter: probability of resetting to the initial
 *     weights at each snapshot, in [0, 1] (default 0.25); main exploiters always reset, main agents
 *     never
 * @param snapshotWinRate a learner is snapshotted once its lowest win rate against its reference set
 *     (all snapshots; main agents for a main exploiter) exceeds this, in [0, 1] (default 0.7)
 * @param snapshotMinSteps no snapshot before this many agent steps since the learner's last one,
 *     >= 0 (default 2,000,000; AlphaStar: 2e9, our games are about 1,000 times cheaper)
 * @param snapshotMaxSteps a snapshot unconditionally after more than this many steps since the last,
 *     >= snapshotMinSteps (default 4,000,000; AlphaStar: 4e9)
 * @param snapshotWindow {@code snapshot-pool}: number of most recent snapshots to draw from, >= 1
 *     (default 10, ML-Agents {@code window})
 * @param snapshotLatestRatio {@code snapshot-pool}: probability of playing the latest self, in [0, 1]
 *     (default 0.5, ML-Agents {@code play_against_latest_model_ratio})
 * @param payoffDecay factor applied to a pair's payoff counters before each of its games, in (0, 1]
 *     (default 0.99)
 * @param ratingSystem the streamed rating: {@code elo} (default), {@code glicko2}, {@code trueskill}
 * @param eloK Elo K-factor, > 0 (default 32)
 * @param eloInitialRating Elo rating of a new player, finite (default 1200)
 * @param eloAnchors players whose Elo rating is fixed, e.g. scripted baselines: id to rating, finite
 *     values (default none)
 * @param glickoTau Glicko-2 system constant tau, in (0, 10] (default 0.5, as in Glickman's example)
 * @param trueSkillDrawProbability TrueSkill draw probability, in (0, 1) (default 0.10)
 */
public record MatchmakingSpec(
        String sampler,
        String pfspWeighting,
        Integer mainAgents,
        Integer mainExploiters,
        Integer leagueExploiters,
        Double mainPfspShare,
        Double mainVerificationShare,
        Double selfPlayWinRate,
        Double verificationExploiterWinRate,
        Double verificationForgettingWinRate,
        Double mainExploiterWinRate,
        Double leagueExploiterResetProbability,
        Double snapshotWinRate,
        Long snapshotMinSteps,
        Long snapshotMaxSteps,
        Integer snapshotWindow,
        Double snapshotLatestRatio,
        Double payoffDecay,
        String ratingSystem,
        Double eloK,
        Double eloInitialRating,
        Map<String, Double> eloAnchors,
        Double glickoTau,
        Double trueSkillDrawProbability) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Names accepted by {@link #ratingSystem()}. */
    public static final List<String> RATING_SYSTEMS = List.of("elo", "glicko2", "trueskill");

    /** Every field at its default. */
    public static final MatchmakingSpec DEFAULTS = new MatchmakingSpec(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public MatchmakingSpec {
        sampler = sampler == null ? "uniform" : sampler;
        pfspWeighting = pfspWeighting == null ? "squared" : pfspWeighting;
        mainAgents = mainAgents == null ? 1 : mainAgents;
        mainExploiters = mainExploiters == null ? 1 : mainExploiters;
        leagueExploiters = leagueExploiters == null ? 2 : leagueExploiters;
        mainPfspShare = mainPfspShare == null ? 0.5 : mainPfspShare;
        mainVerificationShare = mainVerificationShare == null ? 0.15 : mainVerificationShare;
        selfPlayWinRate = selfPlayWinRate == null ? 0.3 : selfPlayWinRate;
        verificationExploiterWinRate = verificationExploiterWinRate == null ? 0.3 : verificationExploiterWinRate;
        verificationForgettingWinRate = verificationForgettingWinRate == null ? 0.7 : verificationForgettingWinRate;
        mainExploiterWinRate = mainExploiterWinRate == null ? 0.1 : mainExploiterWinRate;
        leagueExploiterResetProbability = leagueExploiterResetProbability == null ? 0.25 : leagueExploiterResetProbability;
        snapshotWinRate = snapshotWinRate == null ? 0.7 : snapshotWinRate;
        snapshotMinSteps = snapshotMinSteps == null ? 2_000_000L : snapshotMinSteps;
        snapshotMaxSteps = snapshotMaxSteps == null ? 4_000_000L : snapshotMaxSteps;
        snapshotWindow = snapshotWindow == null ? 10 : snapshotWindow;
        snapshotLatestRatio = snapshotLatestRatio == null ? 0.5 : snapshotLatestRatio;
        payoffDecay = payoffDecay == null ? 0.99 : payoffDecay;
        ratingSystem = ratingSystem == null ? "elo" : ratingSystem;
        eloK = eloK == null ? 32.0 : eloK;
        eloInitialRating = eloInitialRating == null ? 1200.0 : eloInitialRating;
        eloAnchors = eloAnchors == null ? Map.of() : eloAnchors;
        glickoTau = glickoTau == null ? 0.5 : glickoTau;
        trueSkillDrawProbability = trueSkillDrawProbability == null ? 0.10 : trueSkillDrawProbability;

        oneOf("sampler", sampler, SamplerKind.names());
        oneOf("pfspWeighting", pfspWeighting, PfspWeighting.names());
        int minMainAgents = sampler.equals(SamplerKind.ALPHASTAR.configName()) ? 1 : 0;
        check(mainAgents >= minMainAgents && mainAgents <= 1024, "mainAgents", mainAgents,
                minMainAgents == 1 ? "must be in 1..1024 when sampler is 'alphastar'" : "must be in 0..1024");
        check(mainExploiters >= 0 && mainExploiters <= 1024, "mainExploiters", mainExploiters, "must be in 0..1024");
        check(leagueExploiters >= 0 && leagueExploiters <= 1024, "leagueExploiters", leagueExploiters,
                "must be in 0..1024");
        probability("mainPfspShare", mainPfspShare);
        probability("mainVerificationShare", mainVerificationShare);
        check(mainPfspShare + mainVerificationShare <= 1 + 1e-12, "mainPfspShare + mainVerificationShare",
                mainPfspShare + mainVerificationShare, "must be <= 1");
        probability("selfPlayWinRate", selfPlayWinRate);
        probability("verificationExploiterWinRate", verificationExploiterWinRate);
        probability("verificationForgettingWinRate", verificationForgettingWinRate);
        probability("mainExploiterWinRate", mainExploiterWinRate);
        probability("leagueExploiterResetProbability", leagueExploiterResetProbability);
        probability("snapshotWinRate", snapshotWinRate);
        check(snapshotMinSteps >= 0, "snapshotMinSteps", snapshotMinSteps, "must be >= 0");
        check(snapshotMaxSteps >= snapshotMinSteps, "snapshotMaxSteps", snapshotMaxSteps,
                "must be >= snapshotMinSteps (" + snapshotMinSteps + ")");
        check(snapshotWindow >= 1, "snapshotWindow", snapshotWindow, "must be >= 1");
        probability("snapshotLatestRatio", snapshotLatestRatio);
        check(payoffDecay > 0 && payoffDecay <= 1, "payoffDecay", payoffDecay, "must be in (0, 1]");
        oneOf("ratingSystem", ratingSystem, RATING_SYSTEMS);
        check(eloK > 0 && Double.isFinite(eloK), "eloK", eloK, "must be > 0");
        check(Double.isFinite(eloInitialRating), "eloInitialRating", eloInitialRating, "must be finite");
        TreeMap<String, Double> anchors = new TreeMap<>();
        for (Map.Entry<String, Double> anchor : eloAnchors.entrySet()) {
            String player = anchor.getKey();
            check(player != null && !player.isBlank(), "eloAnchors", "'" + player + "'",
                    "keys must be non-blank player ids");
            check(anchor.getValue() != null && Double.isFinite(anchor.getValue()), "eloAnchors['" + player + "']",
                    anchor.getValue(), "must be finite");
            anchors.put(player, anchor.getValue());
        }
        eloAnchors = Collections.unmodifiableMap(anchors);
        check(glickoTau > 0 && glickoTau <= 10, "glickoTau", glickoTau, "must be in (0, 10]");
        check(trueSkillDrawProbability > 0 && trueSkillDrawProbability < 1, "trueSkillDrawProbability",
                trueSkillDrawProbability, "must be in (0, 1)");
    }

    private static void oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(
                    "matchmaking." + field + " must be one of " + allowed + ", was '" + value + "'");
        }
    }

    private static void probability(String field, double value) {
        check(value >= 0 && value <= 1, field, value, "must be in [0, 1]");
    }

    private static void check(boolean condition, String field, Object value, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("matchmaking." + field + " " + rule + ", was " + value);
        }
    }

    /** {@link #sampler()} as its enum. */
    public SamplerKind samplerKind() {
        return SamplerKind.fromName(sampler);
    }

    /** {@link #pfspWeighting()} as its enum. */
    public PfspWeighting weighting() {
        return PfspWeighting.fromName(pfspWeighting);
    }

    /** Learners the {@code alphastar} roles need: mainAgents + mainExploiters + leagueExploiters. */
    public int roleCount() {
        return mainAgents + mainExploiters + leagueExploiters;
    }

    public MatchmakingSpec withSampler(String value) {
        return new MatchmakingSpec(value, pfspWeighting, mainAgents, mainExploiters, leagueExploiters, mainPfspShare,
                mainVerificationShare, selfPlayWinRate, verificationExploiterWinRate, verificationForgettingWinRate,
                mainExploiterWinRate, leagueExploiterResetProbability, snapshotWinRate, snapshotMinSteps,
                snapshotMaxSteps, snapshotWindow, snapshotLatestRatio, payoffDecay, ratingSystem, eloK,
                eloInitialRating, eloAnchors, glickoTau, trueSkillDrawProbability);
    }

    public MatchmakingSpec withRatingSystem(String value) {
        return new MatchmakingSpec(sampler, pfspWeighting, mainAgents, mainExploiters, leagueExploiters, mainPfspShare,
                mainVerificationShare, selfPlayWinRate, verificationExploiterWinRate, verificationForgettingWinRate,
                mainExploiterWinRate, leagueExploiterResetProbability, snapshotWinRate, snapshotMinSteps,
                snapshotMaxSteps, snapshotWindow, snapshotLatestRatio, payoffDecay, value, eloK,
                eloInitialRating, eloAnchors, glickoTau, trueSkillDrawProbability);
    }

    public MatchmakingSpec withSnapshotSteps(long minSteps, long maxSteps) {
        return new MatchmakingSpec(sampler, pfspWeighting, mainAgents, mainExploiters, leagueExploiters, mainPfspShare,
                mainVerificationShare, selfPlayWinRate, verificationExploiterWinRate, verificationForgettingWinRate,
                mainExploiterWinRate, leagueExploiterResetProbability, snapshotWinRate, minSteps,
                maxSteps, snapshotWindow, snapshotLatestRatio, payoffDecay, ratingSystem, eloK,
                eloInitialRating, eloAnchors, glickoTau, trueSkillDrawProbability);
    }
}
