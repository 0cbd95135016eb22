package dev.league.flink.training;

import dev.league.league.AgentSpec;
import dev.league.league.LeagueSpec;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.yaml.StrictYaml;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One member against a scripted opponent, in a plain loop on this thread: MatchRunner → learner →
 * MatchRunner, no Flink, no Ignite. The baseline the league job is measured against (what the
 * learner alone reaches per frame and per second), and a quick way to tune {@code agent:}.
 *
 * <pre>bench/scripted-training.sh scenarios/smac/3m.yaml leagues/x.yaml medium 5 [seed]</pre>
 */
public final class ScriptedTraining {

    private ScriptedTraining() {}

    public static void main(String[] args) {
        ScenarioSpec scenario = Scenarios.load(Path.of(args[0]));
        LeagueSpec league = StrictYaml.read(Path.of(args[1]), LeagueSpec.class);
        String opponent = args[2];
        double minutes = Double.parseDouble(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        AgentSpec agent = league.agent();
        AgentFactory factory = AgentFactory.of(scenario, league);
        MemberLearner learner = factory.create(seed);
        int limit = scenario.environmentSpec().episodeLimit();
        MatchRunner runner = new MatchRunner(scenario, agent.envs(), agent.segmentSteps(limit));
        SplittableRandom random = new SplittableRandom(seed);
        long started = System.nanoTime();
        long frames = 0;
        long learnNanos = 0;
        long playNanos = 0;
        int match = 0;
        double wins = 0;
        int games = 0;
        double[] frags = new double[2];
        double[] damage = new double[2];
        while ((System.nanoTime() - started) / 60e9 < minutes) {
            long t0 = System.nanoTime();
            MatchRunner.Played played = runner.play(random.nextLong(), new SidePolicy[] {learner.policy(), null},
                    new String[] {null, opponent}, new boolean[] {true, false}, random);
            long t1 = System.nanoTime();
            learner.learn(played.experiences()[0], Map.of());
            learnNanos += System.nanoTime() - t1;
            playNanos += t1 - t0;
            frames += played.frames();
            for (MatchRunner.Game game : played.games()) {
                int[] ranks = game.outcome().ranks();
                wins += ranks[0] < ranks[1] ? 1 : ranks[0] == ranks[1] ? 0.5 : 0;
                for (int side = 0; side < 2; side++) {
                    frags[side] += game.outcome().frags()[side];
                    damage[side] += game.outcome().damage()[side];
                }
                games++;
            }
            match++;
            if (match % 10 == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                int n = Math.max(games, 1);
                System.out.printf("t=%6.1fs frames=%9d fps=%7.0f win=%.3f (%d games) frags=%.2f:%.2f damage=%.0f:%.0f"
                        + " play=%.1fs learn=%.1fs%n", seconds, frames, frames / seconds, wins / n, games, frags[0] / n,
                        frags[1] / n, damage[0] / n, damage[1] / n, playNanos / 1e9, learnNanos / 1e9);
                wins = 0;
                games = 0;
                Arrays.fill(frags, 0);
                Arrays.fill(damage, 0);
            }
        }
    }
}
