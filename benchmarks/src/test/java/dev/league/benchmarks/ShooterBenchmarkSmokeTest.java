package dev.league.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shooter benchmark's setup and step run on the shipped maps and produce rewards [B, N]. */
final class ShooterBenchmarkSmokeTest {

    @Test
    void step_onEveryBenchmarkedMap_stepsEveryCopy() {
        for (String scenario : new String[] {"duel", "deathmatch-8"}) {
            ShooterBenchmark benchmark = new ShooterBenchmark();
            benchmark.scenario = scenario;
            benchmark.copies = 4;
            benchmark.setUp();
            float[] rewards = null;
            for (int i = 0; i < 300; i++) {
                rewards = benchmark.step();
            }
            assertThat(rewards).as(scenario).hasSize(4 * ("duel".equals(scenario) ? 2 : 8));
        }
    }
}
