package dev.league.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each benchmark's setup and body run once and return real results (benchmarks themselves run via bench/jmh). */
final class BenchmarksSmokeTest {

    @Test
    void signalDuel_stepsThroughEpisodes() {
        SignalDuelBenchmark benchmark = new SignalDuelBenchmark();
        benchmark.setUp();
        int done = 0;
        for (int i = 0; i < 100; i++) {
            done += benchmark.step().done() ? 1 : 0;
        }
        assertThat(done).isEqualTo(3);
    }

    @Test
    void scenarioStep_stepsEveryCopyOfTheShippedMap() {
        System.setProperty("league.scenarios", "../scenarios");
        ScenarioStepBenchmark benchmark = new ScenarioStepBenchmark();
        benchmark.scenario = "smac/3m";
        benchmark.setUp();
        int episodesEnded = 0;
        for (int i = 0; i < 200; i++) {
            for (boolean done : benchmark.stepBatch()) {
                episodesEnded += done ? 1 : 0;
            }
        }
        assertThat(episodesEnded).isPositive();
    }

    @Test
    void elo_movesRatings() {
        EloBenchmark benchmark = new EloBenchmark();
        benchmark.sides = 2;
        benchmark.setUp();

        double[] delta = benchmark.apply();

        assertThat(delta[0]).isPositive();
        assertThat(delta[0] + delta[1]).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void rating_eloFastPathAndEveryTable_moveRatings() {
        RatingBenchmark benchmark = new RatingBenchmark();
        RatingBenchmark.Dense dense = new RatingBenchmark.Dense();
        dense.players = 50;
        dense.setUp();
        double sum = 0;
        for (int i = 0; i < 100; i++) {
            benchmark.eloUpdate(dense);
        }
        for (double rating : dense.ratings) {
            sum += rating;
        }
        assertThat(sum).isCloseTo(50 * 1200.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(java.util.Arrays.stream(dense.ratings).anyMatch(rating -> rating != 1200.0)).isTrue();

        for (String system : new String[] {"elo", "glicko2", "trueskill"}) {
            for (int sides : new int[] {2, 8}) {
                RatingBenchmark.Tables tables = new RatingBenchmark.Tables();
                tables.system = system;
                tables.sides = sides;
                tables.players = 50;
                tables.setUp();

                double[] after = benchmark.tableApply(tables);

                assertThat(after).as(system + " " + sides).hasSize(sides);
                assertThat(java.util.Arrays.stream(after).allMatch(Double::isFinite)).as(system + " " + sides).isTrue();
            }
        }
    }

    @Test
    void opponentSampling_everySamplerDrawsFromItsPool() {
        OpponentSamplingBenchmark benchmark = new OpponentSamplingBenchmark();
        for (String sampler : new String[] {"uniform", "snapshot-pool", "pfsp", "alphastar"}) {
            OpponentSamplingBenchmark.Pool pool = new OpponentSamplingBenchmark.Pool();
            pool.sampler = sampler;
            pool.pool = 40;
            pool.setUp();

            assertThat(pool.league.players()).as(sampler).hasSize(sampler.equals("uniform") ? 40 : 44);
            for (int i = 0; i < 100; i++) {
                assertThat(benchmark.opponent(pool).opponent()).as(sampler).isNotNull();
            }
        }
        OpponentSamplingBenchmark.WinRates winRates = new OpponentSamplingBenchmark.WinRates();
        winRates.pool = 40;
        winRates.setUp();
        assertThat(benchmark.pfspSample(winRates)).isBetween(0, 39);
    }
}
