package dev.league.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The DICG benchmark's setup and bodies run on small sizes and return real results. */
final class DicgBenchmarkSmokeTest {

    @Test
    void critic_trainStepReducesLoss_andForwardReturnsOneValuePerAgent() {
        DicgBenchmark benchmark = new DicgBenchmark();
        benchmark.agents = 3;
        benchmark.batchSize = 16;
        benchmark.network = "CRITIC";
        benchmark.setUp();

        double first = benchmark.trainStep();
        double later = first;
        for (int i = 0; i < 30; i++) {
            later = benchmark.trainStep();
        }

        assertThat(later).isLessThan(first);
        assertThat(benchmark.forward()).hasSize(48);
    }

    @Test
    void dicgCe_trainStepIsFinite_andForwardReturnsLogProbabilities() {
        DicgBenchmark benchmark = new DicgBenchmark();
        benchmark.agents = 3;
        benchmark.batchSize = 16;
        benchmark.network = "DICG_CE";
        benchmark.setUp();

        assertThat(benchmark.trainStep()).isFinite();
        double[] logProbabilities = benchmark.forward();
        assertThat(logProbabilities).hasSize(16 * 3 * DicgBenchmark.ACTIONS);
        double total = 0;
        for (int k = 0; k < DicgBenchmark.ACTIONS; k++) {
            total += Math.exp(logProbabilities[k]);
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
    }
}
