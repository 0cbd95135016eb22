package dev.league.scenarios.shooter;

import static dev.league.scenarios.shooter.Arenas.faceToFace;
import static dev.league.scenarios.shooter.Arenas.weapon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.scenarios.EpisodeOutcome;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.ScriptedOpponent;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ShooterBotTest {

    private static final ScenarioSpec DUEL = Arenas.shipped("duel");

    /**
     * Score of {@code first} against {@code second} in shipped duels (win 1, draw 1/2), over
     * {@code games} seeds, {@code first} taking seat 0 in even games and seat 1 in odd ones.
     */
    private static double score(String first, String second, int games) {
        Shooter shooter = (Shooter) DUEL.newSimulation();
        ScriptedOpponent a = shooter.scriptedOpponent(first);
        ScriptedOpponent b = shooter.scriptedOpponent(second);
        SplittableRandom random = new SplittableRandom(77);
        int[] actions = new int[2];
        double points = 0;
        for (int game = 0; game < games; game++) {
            int seat = game % 2;
            shooter.reset(1000 + game);
            while (!shooter.truncated()) {
                a.act(seat, actions, 0, random);
                b.act(1 - seat, actions, 0, random);
                shooter.step(actions, 0);
            }
            EpisodeOutcome outcome = shooter.outcome();
            points += outcome.isDraw() ? 0.5 : outcome.winnerTeam() == seat ? 1 : 0;
        }
        return points / games;
    }

    @Test
    void scriptedOpponents_areListedWeakestFirst() {
        assertThat(DUEL.newSimulation().scriptedOpponents()).containsExactly("random", "easy", "medium", "hard");
        assertThatThrownBy(() -> DUEL.newSimulation().scriptedOpponent("godlike"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[random, easy, medium, hard]");
        assertThatThrownBy(() -> DUEL.newSimulation().scriptedOpponent("hard").act(2, new int[2], 0,
                        new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("team must be in 0..1, was 2");
    }

    @Test
    void hard_beatsEasy_inDuels() {
        assertThat(score("hard", "easy", 100)).isGreaterThan(0.9);
    }

    @Test
    void skillLadder_eachLevelBeatsTheOneBelow() {
        assertThat(score("easy", "random", 60)).as("easy vs random").isGreaterThan(0.9);
        assertThat(score("medium", "easy", 60)).as("medium vs easy").isGreaterThan(0.8);
        assertThat(score("hard", "medium", 60)).as("hard vs medium").isGreaterThan(0.65);
    }

    @Test
    void mirrorDuel_hardVersusHard_isEven() {
        Shooter shooter = (Shooter) DUEL.newSimulation();
        ScriptedOpponent seat0 = shooter.scriptedOpponent("hard");
        ScriptedOpponent seat1 = shooter.scriptedOpponent("hard");
        SplittableRandom random = new SplittableRandom(3);
        int[] actions = new int[2];
        double points = 0;
        int games = 200;
        for (int game = 0; game < games; game++) {
            shooter.reset(game);
            while (!shooter.truncated()) {
                seat0.act(0, actions, 0, random);
                seat1.act(1, actions, 0, random);
                shooter.step(actions, 0);
            }
            EpisodeOutcome outcome = shooter.outcome();
            points += outcome.isDraw() ? 0.5 : outcome.winnerTeam() == 0 ? 1 : 0;
        }

        assertThat(points / games).isBetween(0.35, 0.65);
    }

    @Test
    void bots_reactAfterTheirDelay_hardFiresSoonerThanEasy() {
        assertThat(firstShot("hard")).isEqualTo(3); // in sight for more than 2 steps, already aimed
        assertThat(firstShot("easy")).isGreaterThanOrEqualTo(9); // in sight for more than 8 steps
    }

    /** The step (1-based) at which a bot facing a still enemy 14 units away first fires. */
    private static int firstShot(String level) {
        Shooter shooter = faceToFace(List.of(), List.of(), weapon(1, 1, 30, 30), 5);
        ScriptedOpponent bot = shooter.scriptedOpponent(level);
        shooter.reset(1);
        int[] actions = {shooter.noop, shooter.noop};
        SplittableRandom random = new SplittableRandom(4);
        for (int step = 1; step <= 100; step++) {
            bot.act(0, actions, 0, random);
            if (shooter.actions.fire(actions[0]) == ShooterActions.FIRE_YES) {
                return step;
            }
            actions[1] = shooter.noop;
            shooter.step(actions, 0);
        }
        throw new AssertionError(level + " never fired");
    }

    @Test
    void hardBot_goesForHealthWhenLow() {
        // the players cannot see each other; the pickup is 12 units away along the south wall
        ShooterSpec.Wall wall = new ShooterSpec.Wall(9, 0, 2, 20);
        ShooterSpec.Pickup health = new ShooterSpec.Pickup(ShooterSpec.HEALTH, 3, 2, 50, 1000);
        List<ShooterSpec.Spawn> spawns = List.of(new ShooterSpec.Spawn(3, 14, null), new ShooterSpec.Spawn(17, 14, null));
        Shooter shooter = Arenas.duel(spawns, List.of(wall), List.of(health), ShooterSpec.Weapon.DEFAULT, 5, null);
        ScriptedOpponent bot = shooter.scriptedOpponent("hard");
        shooter.reset(1);
        int me = Arenas.playerAt(shooter, 3, 14);
        shooter.health[me] = 30;
        int[] actions = {shooter.noop, shooter.noop};
        SplittableRandom random = new SplittableRandom(5);
        int step = 0;
        while (shooter.pickupAvailable[0] && step++ < 200) {
            bot.act(shooter.team[me], actions, 0, random);
            shooter.step(actions, 0);
        }

        assertThat(shooter.health[me]).isEqualTo(80);
        assertThat(step).isLessThan(80);
    }

    @Test
    void bots_writeOnlyTheirTeamsActions_andOnlyAllowedOnes_inTeamAndFreeForAllMatches() {
        for (String name : List.of("team-deathmatch-4v4", "deathmatch-8")) {
            ScenarioSpec scenario = Arenas.withMatchLength(Arenas.shipped(name), 600);
            Shooter shooter = (Shooter) scenario.newSimulation();
            List<String> levels = shooter.scriptedOpponents();
            int teams = scenario.environmentSpec().teams();
            ScriptedOpponent[] bots = new ScriptedOpponent[teams];
            for (int t = 0; t < teams; t++) {
                bots[t] = shooter.scriptedOpponent(levels.get((t + 1) % levels.size()));
            }
            Frame frame = new Frame(shooter);
            SplittableRandom random = new SplittableRandom(6);
            int[] actions = new int[shooter.n];
            shooter.reset(8);
            frame.read();
            int[] written = new int[shooter.n];
            while (!shooter.truncated()) {
                for (int t = 0; t < teams; t++) {
                    Arrays.fill(written, -7);
                    bots[t].act(t, written, 0, random);
                    for (int i = 0; i < shooter.n; i++) {
                        if (shooter.team[i] == t) {
                            assertThat(frame.mask(i, written[i])).as("%s: action of %s allowed", name, i).isTrue();
                            actions[i] = written[i];
                        } else {
                            assertThat(written[i]).isEqualTo(-7);
                        }
                    }
                }
                frame.step(actions);
            }
            assertThat(Arrays.stream(shooter.frags).sum()).as(name).isGreaterThan(10);
        }
    }
}
