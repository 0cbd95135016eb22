package dev.league.matchmaking.league;

import dev.league.matchmaking.MatchResult;
import dev.league.matchmaking.MatchSpec;
import dev.league.matchmaking.MatchmakingSpec;
import dev.league.matchmaking.payoff.PayoffTable;
import dev.league.matchmaking.sampling.PfspWeighting;
import dev.league.matchmaking.sampling.SamplerKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The league: learners with roles, their snapshots, the payoff table between all of them, and the
 * opponent sampler {@link MatchmakingSpec#sampler()} names. The entry point of matchmaking with
 * snapshots, PFSP and the AlphaStar roles (Vinyals et al., Nature 2019, supplementary pseudocode
 * {@code league.py}, {@code player.py}; mirror liuruoze/mini-AlphaStar {@code alphastarmini/core/ma}).
 *
 * <p>The loop around it: {@link #round} (or {@link #opponent}) forms matches; {@link #record} feeds
 * each result into the payoff table; {@link #progress} reports a learner's steps and version and
 * returns a {@link Checkpoint} when a snapshot rule fires. Snapshot rule (all roles): no snapshot
 * before {@code snapshotMinSteps} steps since the last one; after that, one as soon as the learner's
 * lowest win rate against its reference set exceeds {@code snapshotWinRate}, or unconditionally
 * after more than {@code snapshotMaxSteps}. The reference set is every snapshot, or the main agents
 * for a main exploiter.
 *
 * <p>Each main agent's initial version is a snapshot from the start (as in the pseudocode); with the
 * {@code pfsp} and {@code snapshot-pool} samplers every learner's is. Players are numbered densely:
 * learners first, then snapshots in creation order. Not thread-safe; randomness only from the
 * generators passed in.
 */
public final class League implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(League.class);

    private final MatchmakingSpec spec;
    private final PayoffTable payoff;
    private final int learnerCount;
    private final LearnerRole[] roles;
    private final long[] steps;
    private final long[] snapshotSteps;
    /** By player index: learners at their latest version, then snapshots. */
    private final List<LeaguePlayer> players = new ArrayList<>();
    private final IntList learners = new IntList();
    private final IntList mainAgents = new IntList();
    private final IntList historical = new IntList();
    private final IntList exploiterSnapshots = new IntList();
    private final IntList[] historicalOf;
    private double[] scratch = new double[64];

    private League(MatchmakingSpec spec, List<String> members) {
        this.spec = spec;
        this.payoff = new PayoffTable(spec.payoffDecay());
        this.learnerCount = members.size();
        this.roles = new LearnerRole[learnerCount];
        this.steps = new long[learnerCount];
        this.snapshotSteps = new long[learnerCount];
        this.historicalOf = new IntList[learnerCount];
        SamplerKind kind = spec.samplerKind();
        for (int i = 0; i < learnerCount; i++) {
            roles[i] = role(kind, spec, i);
            String member = members.get(i);
            int index = payoff.add(member);
            players.add(new LeaguePlayer(member, member, 0, roles[i].role(), false));
            learners.add(index);
            historicalOf[i] = new IntList();
            if (roles[i].role() == Role.MAIN_AGENT) {
                mainAgents.add(index);
            }
        }
        boolean everyLearnerSnapshotted = kind == SamplerKind.PFSP || kind == SamplerKind.SNAPSHOT_POOL;
        for (int i = 0; i < learnerCount; i++) {
            if (everyLearnerSnapshotted || (kind == SamplerKind.ALPHASTAR && roles[i].role() == Role.MAIN_AGENT)) {
                addSnapshot(i);
            }
        }
    }

    private static LearnerRole role(SamplerKind kind, MatchmakingSpec spec, int learner) {
        return switch (kind) {
            case UNIFORM -> UniformLearner.INSTANCE;
            case LATEST_SELF -> LatestSelfLearner.INSTANCE;
            case SNAPSHOT_POOL -> new SnapshotPoolLearner(spec.snapshotWindow(), spec.snapshotLatestRatio());
            case PFSP -> new PfspLearner(spec.weighting());
            case ALPHASTAR -> learner < spec.mainAgents() ? new MainAgent(spec)
                    : learner < spec.mainAgents() + spec.mainExploiters() ? new MainExploiter(spec.mainExploiterWinRate())
                    : new LeagueExploiter(spec.leagueExploiterResetProbability());
        };
    }

    /**
     * A new league, every learner at version 0 with 0 steps.
     *
     * @param members learner ids in order; with the {@code alphastar} sampler the first
     *     {@code mainAgents} are main agents, then {@code mainExploiters} main exploiters, then
     *     {@code leagueExploiters} league exploiters, and the count must match
     */
    public static League create(MatchmakingSpec spec, List<String> members) {
        if (spec == null) {
            throw new IllegalArgumentException("league: matchmaking spec must not be null");
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("league needs at least one member, had none");
        }
        Set<String> seen = new HashSet<>();
        for (String member : members) {
            if (member == null || member.isBlank() || MatchSpec.isSnapshot(member)) {
                throw new IllegalArgumentException("league member ids must be non-blank and must not contain '"
                        + MatchSpec.SNAPSHOT_SEPARATOR + "', was '" + member + "'");
            }
            if (!seen.add(member)) {
                throw new IllegalArgumentException("league member ids must be unique, '" + member + "' repeats");
            }
        }
        if (spec.samplerKind() == SamplerKind.ALPHASTAR && members.size() != spec.roleCount()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "league has %d members but the alphastar roles need mainAgents + mainExploiters + leagueExploiters"
                            + " = %d + %d + %d = %d",
                    members.size(), spec.mainAgents(), spec.mainExploiters(), spec.leagueExploiters(), spec.roleCount()));
        }
        return new League(spec, members);
    }

    public MatchmakingSpec spec() {
        return spec;
    }

    /** Every player, learners (at their latest version) first, then snapshots in creation order. */
    public List<LeaguePlayer> players() {
        return List.copyOf(players);
    }

    public List<LeaguePlayer> learners() {
        return List.copyOf(players.subList(0, learnerCount));
    }

    public List<LeaguePlayer> snapshots() {
        return List.copyOf(players.subList(learnerCount, players.size()));
    }

    /** The player with this id (a learner or a snapshot). */
    public LeaguePlayer player(String id) {
        return players.get(require(id));
    }

    /** Payoff win rate of home against away: decayed (wins + draws / 2) / games, 0.5 if they never met. */
    public double winRate(String home, String away) {
        return payoff.winRate(require(home), require(away));
    }

    /** Decayed number of games between home and away. */
    public double games(String home, String away) {
        return payoff.games(player(home).id(), player(away).id());
    }

    /** Chooses an opponent for a learner by its role or the configured sampler. */
    public OpponentChoice opponent(String learner, RandomGenerator random) {
        int self = requireLearner(learner);
        return roles[self].opponent(this, self, random);
    }

    /**
     * One round: every learner gets one match, against {@code seats - 1} opponents drawn independently
     * (so with replacement: in a free-for-all one opponent may hold several seats). Seats are shuffled.
     *
     * @param round round number, from 0; match ids are {@code round * learners + learner}
     * @param seats sides per match: 2 for 1v1 and team matches (one policy per side), N for an
     *     N-player free-for-all
     */
    public List<MatchSpec> round(int round, int seats, RandomGenerator random) {
        if (seats < 2) {
            throw new IllegalArgumentException("league.round: seats must be >= 2, was " + seats);
        }
        List<MatchSpec> matches = new ArrayList<>(learnerCount);
        for (int self = 0; self < learnerCount; self++) {
            LeaguePlayer[] side = new LeaguePlayer[seats];
            side[0] = players.get(self);
            for (int seat = 1; seat < seats; seat++) {
                side[seat] = roles[self].opponent(this, self, random).opponent();
            }
            for (int seat = seats - 1; seat > 0; seat--) {
                int other = random.nextInt(seat + 1);
                LeaguePlayer swap = side[seat];
                side[seat] = side[other];
                side[other] = swap;
            }
            String[] ids = new String[seats];
            long[] versions = new long[seats];
            for (int seat = 0; seat < seats; seat++) {
                ids[seat] = side[seat].id();
                versions[seat] = side[seat].version();
            }
            matches.add(new MatchSpec((long) round * learnerCount + self, round, ids, versions, random.nextLong()));
        }
        return matches;
    }

    /**
     * Adds a played match to the payoff table: one game per pair of sides with different player ids
     * (see {@link PayoffTable#update(String[], int[])}).
     */
    public void record(MatchResult result) {
        String[] sides = result.players();
        int[] index = new int[sides.length];
        for (int i = 0; i < sides.length; i++) {
            index[i] = require(sides[i]);
        }
        for (int i = 0; i < sides.length; i++) {
            for (int j = i + 1; j < sides.length; j++) {
                if (index[i] != index[j]) {
                    payoff.update(index[i], index[j], result.score(i, j));
                }
            }
        }
    }

    /**
     * Reports a learner's progress and applies the snapshot rule.
     *
     * @param version its latest weight version (what it plays with from now on)
     * @param totalSteps its agent steps since the start, never decreasing
     * @param random decides a league exploiter's reset
     * @return the snapshot taken, if the rule fired
     */
    public Optional<Checkpoint> progress(String learner, long version, long totalSteps, RandomGenerator random) {
        int self = requireLearner(learner);
        if (totalSteps < steps[self]) {
            throw new IllegalArgumentException("league.progress: steps of '" + learner + "' must not decrease, was "
                    + totalSteps + " after " + steps[self]);
        }
        steps[self] = totalSteps;
        LeaguePlayer current = players.get(self);
        if (current.version() != version) {
            players.set(self, new LeaguePlayer(current.id(), current.member(), version, current.role(), false));
        }
        long passed = totalSteps - snapshotSteps[self];
        if (passed < spec.snapshotMinSteps()) {
            return Optional.empty();
        }
        IntList reference = roles[self].snapshotReference(this, self);
        double lowest = minWinRate(self, reference);
        String reason;
        if (!reference.isEmpty() && lowest > spec.snapshotWinRate()) {
            reason = String.format(Locale.ROOT, "lowest win rate %.3f > %.2f against %d %s after %d steps", lowest,
                    spec.snapshotWinRate(), reference.size(), reference == mainAgents ? "main agents" : "snapshots",
                    passed);
        } else if (passed > spec.snapshotMaxSteps()) {
            reason = String.format(Locale.ROOT, "%d steps since the last snapshot > %d", passed, spec.snapshotMaxSteps());
        } else {
            return Optional.empty();
        }
        LeaguePlayer snapshot = players.get(addSnapshot(self));
        boolean reset = roles[self].resetsOnSnapshot(random);
        snapshotSteps[self] = totalSteps;
        LOG.info("snapshot {} of {} ({}): {}{}", snapshot.id(), learner, current.role().configName(), reason,
                reset ? "; reset to initial weights" : "");
        return Optional.of(new Checkpoint(snapshot, reset, reason));
    }

    private int addSnapshot(int learner) {
        LeaguePlayer live = players.get(learner);
        String id = MatchSpec.snapshotId(live.member(), live.version());
        int existing = payoff.indexOf(id);
        if (existing >= 0) {
            return existing; // no new weights since the last snapshot
        }
        int index = payoff.add(id);
        players.add(new LeaguePlayer(id, live.member(), live.version(), live.role(), true));
        historical.add(index);
        historicalOf[learner].add(index);
        if (live.role() == Role.MAIN_EXPLOITER) {
            exploiterSnapshots.add(index);
        }
        return index;
    }

    private int require(String id) {
        int index = payoff.indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException("league has no player '" + id + "' (neither a learner nor a snapshot)");
        }
        return index;
    }

    private int requireLearner(String id) {
        int index = require(id);
        if (index >= learnerCount) {
            throw new IllegalArgumentException("league player '" + id + "' is a snapshot, not a learner");
        }
        return index;
    }

    // ---- for the roles ----------------------------------------------------------------------------

    LeaguePlayer view(int index) {
        return players.get(index);
    }

    IntList learnerIndices() {
        return learners;
    }

    IntList mainAgents() {
        return mainAgents;
    }

    /** Every snapshot, oldest first. */
    IntList historical() {
        return historical;
    }

    /** The snapshots of one learner, oldest first. */
    IntList historicalOf(int learner) {
        return historicalOf[learner];
    }

    /** Snapshots of main exploiters. */
    IntList exploiterSnapshots() {
        return exploiterSnapshots;
    }

    double winRate(int home, int away) {
        return payoff.winRate(home, away);
    }

    /** Win rates of self against the candidates, in a scratch buffer valid until the next call. */
    double[] winRates(int self, IntList candidates) {
        if (scratch.length < candidates.size()) {
            scratch = new double[Math.max(candidates.size(), scratch.length * 2)];
        }
        payoff.winRates(self, candidates.array(), candidates.size(), scratch);
        return scratch;
    }

    double minWinRate(int self, IntList candidates) {
        double[] rates = winRates(self, candidates);
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            lowest = Math.min(lowest, rates[i]);
        }
        return lowest;
    }

    OpponentChoice pfsp(int self, IntList candidates, PfspWeighting weighting, Branch branch, RandomGenerator random) {
        double[] rates = winRates(self, candidates);
        return choose(candidates.get(weighting.sample(rates, candidates.size(), random)), branch);
    }

    OpponentChoice choose(int index, Branch branch) {
        return new OpponentChoice(players.get(index), branch);
    }
}
