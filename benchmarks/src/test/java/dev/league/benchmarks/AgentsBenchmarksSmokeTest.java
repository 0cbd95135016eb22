package dev.league.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.agents.actor.ActorNetwork;
import org.junit.jupiter.api.Test;

/** The agents benchmarks' setup and bodies run once on small sizes and return real results. */
final class AgentsBenchmarksSmokeTest {

    @Test
    void maacCritic_trainStepReducesLoss_andForwardReturnsAllQ() {
        MaacCriticBenchmark benchmark = new MaacCriticBenchmark();
        benchmark.agents = 3;
        benchmark.attention = "SOFTMAX";
        benchmark.batchSize = 32;
        benchmark.setUp();

        double first = benchmark.trainStep();
        double later = first;
        for (int i = 0; i < 20; i++) {
            later = benchmark.trainStep();
        }

        assertThat(later).isLessThan(first);
        assertThat(benchmark.forward()).hasSize(3).allSatisfy(q -> assertThat(q.shape()).containsExactly(32, 6));
    }

    @Test
    void maacUpdate_runsAFullUpdate() {
        MaacUpdateBenchmark benchmark = new MaacUpdateBenchmark();
        benchmark.agents = 3;
        benchmark.batchSize = 16;
        benchmark.setUp();

        var statistics = benchmark.update();

        assertThat(statistics.criticLoss()).isPositive();
        assertThat(statistics.policyGradientNorm()).isPositive();
    }

    @Test
    void actorInference_respectsMasks() {
        ActorInferenceBenchmark benchmark = new ActorInferenceBenchmark();
        benchmark.batch = 16;
        benchmark.agents = 3;
        benchmark.recurrent = true;
        benchmark.setUp();

        ActorNetwork.Acting acting = benchmark.act();

        assertThat(acting.actions()).hasSize(48);
        for (int action : acting.actions()) {
            assertThat(action % 3).isNotEqualTo(2);
        }
    }
}
