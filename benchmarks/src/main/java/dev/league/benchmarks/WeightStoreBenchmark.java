package dev.league.benchmarks;

import dev.league.ignite.IgniteNodeSpec;
import dev.league.ignite.IgniteNodes;
import dev.league.ignite.IgniteWeightStore;
import dev.league.ignite.LocalCluster;
import dev.league.league.weights.WeightRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishing and fetching one model's weights through the Ignite weight store: a 1-million-parameter
 * model (4 MB of float32) per call, on an embedded single server node, or from a client node over
 * a 3-server loopback cluster of separate JVMs (backups = 1, FULL_SYNC: a publish returns once the
 * primary and the backup hold it). Sample-time mode reports p50 / p99 latency; MB/s = 4 MB / mean.
 *
 * <p>Run from the repository root: {@code bench/jmh WeightStoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WeightStoreBenchmark {

    @Param({"embedded", "cluster3"})
    String grid;

    @Param({"1000000"})
    int parameters;

    private Path work;
    private LocalCluster cluster;
    private Ignite node;
    private IgniteWeightStore store;
    private byte[] weights;
    private long version;
    private WeightRef fetched;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        work = Files.createTempDirectory("league-weights-bench");
        Path root = Path.of(System.getProperty("league.root", "."));
        if ("embedded".equals(grid)) {
            node = IgniteNodes.startServer(IgniteNodeSpec.cluster("bench-embedded", 49700, 1, work));
        } else {
            cluster = new LocalCluster(work, root.resolve("bin/jvm17.args"), null);
            for (int i = 1; i <= 3; i++) {
                cluster.start("bench-" + i, 49720, 3, false);
            }
            node = IgniteNodes.connect(IgniteNodeSpec.cluster("bench", 49720, 3, work));
        }
        store = new IgniteWeightStore(node, 1);
        weights = new byte[parameters * Float.BYTES];
        new SplittableRandom(1).nextBytes(weights);
        fetched = new WeightRef("reader", 0);
        store.publish(fetched, weights);
    }

    @Benchmark
    public long publish() {
        store.publish(new WeightRef("writer", version++), weights);
        return version;
    }

    @Benchmark
    public byte[] fetch() {
        return store.get(fetched).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        node.close();
        if (cluster != null) {
            cluster.close();
        }
    }
}
