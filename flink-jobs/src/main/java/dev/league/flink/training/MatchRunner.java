package dev.league.flink.training;

import dev.league.scenarios.BatchedEnvironment;
import dev.league.scenarios.EnvironmentSpec;
import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.ScriptedOpponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Plays one match: K games of the scenario side by side in a {@link BatchedEnvironment} for T
 * steps, every side driven either by a {@link SidePolicy} (one batched call per side and step over
 * all K games) or by a scripted opponent bound to each game copy. Episodes that end inside the
 * segment restart in place and keep playing; every episode that ends is reported as a game, the
 * ones cut off by the end of the segment are not (their steps still count as frames and train).
 *
 * <p>The runner keeps its buffers and environments between matches: one per rollout worker.
 */
public final class MatchRunner {

    /** A game that finished inside the segment. */
    public record Game(int copy, EpisodeOutcome outcome) {}

    /**
     * @param experiences per side, what it did, or null for scripted sides and sides not recording
     * @param games the episodes that ended, in the order they ended
     * @param frames K · T environment steps
     * @param simulationNanos time spent stepping the environments
     * @param inferenceNanos time spent in the side policies and scripted opponents
     */
    public record Played(SideExperience[] experiences, List<Game> games, long frames, long simulationNanos, long inferenceNanos) {}

    private final ScenarioSpec scenario;
    private final EnvironmentSpec spec;
    private final BatchedEnvironment environment;
    private final int games;
    private final int steps;
    private final int[][] sideAgents;
    private final Map<String, ScriptedOpponent[]> scripted = new HashMap<>();

    public MatchRunner(ScenarioSpec scenario, int games, int steps) {
        if (games < 1 || steps < 1) {
            throw new IllegalArgumentException("match games and steps must be >= 1, were " + games + " and " + steps);
        }
        this.scenario = scenario;
        this.environment = scenario.newBatch(games);
        this.spec = environment.spec();
        this.games = games;
        this.steps = steps;
        this.sideAgents = new int[spec.teams()][];
        for (int side = 0; side < sideAgents.length; side++) {
            int team = side;
            sideAgents[side] = IntStream.range(0, spec.agents()).filter(agent -> spec.team(agent) == team).toArray();
        }
    }

    public EnvironmentSpec spec() {
        return spec;
    }

    /** The agents of side {@code side}, in slot order. */
    public int[] sideAgents(int side) {
        return sideAgents[side].clone();
    }

    /** The largest side: the agent count a member's network is built for. */
    public static int largestSide(EnvironmentSpec spec) {
        int[] counts = new int[spec.teams()];
        for (int agent = 0; agent < spec.agents(); agent++) {
            counts[spec.team(agent)]++;
        }
        return java.util.Arrays.stream(counts).max().orElse(0);
    }

    /**
     * @param seed the match seed (each game's episodes get their own seeds from it)
     * @param policies per side, its policy, or null for a scripted side
     * @param scriptedNames per side, the scripted opponent's name, or null for a policy side
     * @param record per side, whether to record its experience (learning sides)
     */
    public Played play(long seed, SidePolicy[] policies, String[] scriptedNames, boolean[] record, RandomGenerator random) {
        int teams = sideAgents.length;
        if (policies.length != teams || scriptedNames.length != teams || record.length != teams) {
            throw new IllegalArgumentException("a match of " + scenario.name() + " has " + teams + " sides, got " + policies.length);
        }
        int n = spec.agents();
        ScriptedOpponent[][] opponents = new ScriptedOpponent[teams][];
        Recorder[] recorders = new Recorder[teams];
        for (int side = 0; side < teams; side++) {
            if ((policies[side] == null) == (scriptedNames[side] == null)) {
                throw new IllegalArgumentException("side " + side + " needs exactly one of a policy and a scripted opponent");
            }
            if (scriptedNames[side] != null) {
                opponents[side] = opponents(scriptedNames[side]);
            }
            recorders[side] = policies[side] == null ? null : new Recorder(side, record[side]);
        }
        long simulation = 0;
        long inference = 0;
        long started = System.nanoTime();
        environment.reset(seed);
        simulation += System.nanoTime() - started;
        int[] joint = new int[games * n];
        List<Game> finished = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            for (Recorder recorder : recorders) {
                if (recorder != null) {
                    recorder.observe(t);
                }
            }
            if (t == steps) {
                break;
            }
            long inferenceStart = System.nanoTime();
            for (int side = 0; side < teams; side++) {
                if (opponents[side] != null) {
                    for (int c = 0; c < games; c++) {
                        opponents[side][c].act(side, joint, c * n, random);
                    }
                } else {
                    recorders[side].act(t, policies[side], joint, random);
                }
            }
            long stepStart = System.nanoTime();
            inference += stepStart - inferenceStart;
            environment.step(joint);
            simulation += System.nanoTime() - stepStart;
            for (Recorder recorder : recorders) {
                if (recorder != null) {
                    recorder.reward(t);
                }
            }
            for (int c = 0; c < games; c++) {
                if (environment.done()[c]) {
                    finished.add(new Game(c, environment.outcome(c)));
                }
            }
        }
        SideExperience[] experiences = new SideExperience[teams];
        for (int side = 0; side < teams; side++) {
            experiences[side] = recorders[side] == null ? null : recorders[side].experience();
        }
        return new Played(experiences, finished, (long) games * steps, simulation, inference);
    }

    private ScriptedOpponent[] opponents(String name) {
        return scripted.computeIfAbsent(name, key -> {
            ScriptedOpponent[] bound = new ScriptedOpponent[games];
            for (int c = 0; c < games; c++) {
                bound[c] = environment.copy(c).scriptedOpponent(key);
            }
            return bound;
        });
    }

    /** One side's view of the batch: gathers its rows, acts through its policy, records if asked. */
    private final class Recorder {
        private final int[] agents;
        private final int size;
        private final boolean recording;
        private final float[] observations;
        private final boolean[] masks;
        private final int[] actions;
        private final float[] logProbabilities;
        private final float[] rewards;
        private final boolean[] dones;
        private final float[] stepObservations;
        private final boolean[] stepMasks;
        private final int[] stepActions;
        private final float[] stepLogProbabilities;

        Recorder(int side, boolean recording) {
            this.agents = sideAgents[side];
            this.size = agents.length;
            this.recording = recording;
            int d = spec.observationSize();
            int a = spec.actions();
            int rows = games * size;
            this.stepObservations = new float[rows * d];
            this.stepMasks = new boolean[rows * a];
            this.stepActions = new int[rows];
            this.stepLogProbabilities = new float[rows];
            this.observations = recording ? new float[(steps + 1) * rows * d] : null;
            this.masks = recording ? new boolean[(steps + 1) * rows * a] : null;
            this.actions = recording ? new int[steps * rows] : null;
            this.logProbabilities = recording ? new float[steps * rows] : null;
            this.rewards = recording ? new float[steps * rows] : null;
            this.dones = recording ? new boolean[steps * games] : null;
        }

        void observe(int t) {
            int n = spec.agents();
            int d = spec.observationSize();
            int a = spec.actions();
            float[] all = environment.observations();
            boolean[] allMasks = environment.masks();
            for (int c = 0; c < games; c++) {
                for (int i = 0; i < size; i++) {
                    int agent = agents[i];
                    int row = c * size + i;
                    System.arraycopy(all, (c * n + agent) * d, stepObservations, row * d, d);
                    System.arraycopy(allMasks, (c * n + agent) * a, stepMasks, row * a, a);
                }
            }
            if (recording) {
                int rows = games * size;
                System.arraycopy(stepObservations, 0, observations, t * rows * d, rows * d);
                System.arraycopy(stepMasks, 0, masks, t * rows * a, rows * a);
            }
        }

        void act(int t, SidePolicy policy, int[] joint, RandomGenerator random) {
            int n = spec.agents();
            policy.act(stepObservations, stepMasks, games, size, stepActions, stepLogProbabilities, random);
            for (int c = 0; c < games; c++) {
                for (int i = 0; i < size; i++) {
                    joint[c * n + agents[i]] = stepActions[c * size + i];
                }
            }
            if (recording) {
                int rows = games * size;
                System.arraycopy(stepActions, 0, actions, t * rows, rows);
                System.arraycopy(stepLogProbabilities, 0, logProbabilities, t * rows, rows);
            }
        }

        void reward(int t) {
            if (!recording) {
                return;
            }
            int n = spec.agents();
            int rows = games * size;
            float[] all = environment.rewards();
            for (int c = 0; c < games; c++) {
                for (int i = 0; i < size; i++) {
                    rewards[t * rows + c * size + i] = all[c * n + agents[i]];
                }
                dones[t * games + c] = environment.done()[c];
            }
        }

        SideExperience experience() {
            if (!recording) {
                return null;
            }
            return new SideExperience(games, size, steps, spec.observationSize(), spec.actions(), observations, masks, actions,
                    logProbabilities, rewards, dones);
        }
    }
}
