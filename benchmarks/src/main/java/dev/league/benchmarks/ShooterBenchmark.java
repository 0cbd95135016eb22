package dev.league.benchmarks;

import dev.league.scenarios.BatchedEnvironment;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.Scenarios;
import dev.league.scenarios.shooter.ShooterSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batched stepping of the shooter arena ({@code scenarios/shooter/*.yaml}) with random legal
 * actions: B copies stepped together through {@link BatchedEnvironment}, each step writing
 * observations [B, N, D], state [B, S], masks [B, N, A] and rewards [B, N], finished copies
 * resetting automatically. Score = batch steps/s; environment steps/s = score * B, agent steps/s =
 * score * B * N (N = 2 in the duel, 8 in the deathmatch).
 *
 * <p>Actions are drawn from an inline SplitMix64 stream: a uniform action, moved to its non-firing
 * twin when firing is masked, or the no-op for a dead player, so the draw costs next to nothing and
 * never breaks a mask.
 *
 * <p>Run from the repository root: {@code bench/jmh ShooterBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShooterBenchmark {

    /** A file of {@code scenarios/shooter/}, without {@code .yaml}. */
    @Param({"duel", "deathmatch-8"})
    String scenario;

    /** B, copies stepped together. */
    @Param({"1", "64"})
    int copies;

    private BatchedEnvironment batch;
    private int[] actions;
    private int agents;
    private int actionCount;
    private int noop;
    private long random;

    @Setup
    public void setUp() {
        ScenarioSpec spec = Scenarios.load(scenarioFile(scenario));
        batch = spec.newBatch(copies);
        agents = batch.spec().agents();
        actionCount = batch.spec().actions();
        noop = ((ShooterSpec) spec.game()).actions().noop();
        actions = new int[copies * agents];
        random = 0x5DEECE66DL;
        batch.reset(1);
    }

    /** One step of every copy; returns the rewards [B, N] so the work is not dead code. */
    @Benchmark
    public float[] step() {
        boolean[] masks = batch.masks();
        for (int i = 0; i < actions.length; i++) {
            int base = i * actionCount;
            int action = (int) (((nextLong() >>> 32) * actionCount) >>> 32);
            if (!masks[base + action]) {
                action &= ~1; // the same move, strafe and turn without firing
                if (!masks[base + action]) {
                    action = noop; // dead: only the no-op is allowed
                }
            }
            actions[i] = action;
        }
        batch.step(actions);
        return batch.rewards();
    }

    private long nextLong() {
        long z = (random += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code scenarios/shooter/<name>.yaml} from the repository root, or from a module directory. */
    private static Path scenarioFile(String name) {
        Path file = Path.of("scenarios", "shooter", name + ".yaml");
        return Files.exists(file) ? file : Path.of("..").resolve(file);
    }
}
