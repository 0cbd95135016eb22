package dev.league.flink.metrics;

import com.sun.net.httpserver.HttpServer;
import dev.league.flink.job.LeagueEvent;
import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.matchmaking.rating.RatingUpdate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The league's operational metrics in Micrometer, fed from the job's event stream, with an
 * optional Prometheus scrape endpoint on 127.0.0.1 ({@code GET /metrics}). Names are lowercase
 * and dotted, tags low-cardinality ({@code scenario}, {@code member}, {@code kind}):
 * <ul>
 *   <li>{@code league.frames} and {@code league.matches.completed} (counters);
 *   <li>{@code league.learner.updates} and {@code league.learner.policy.lag} (counter; summary of
 *       version − behaviour version − 1);
 *   <li>{@code league.episode.return} (summary per member);
 *   <li>{@code league.rating} (gauge per member, the streamed rating);
 *   <li>{@code league.baseline.score} (gauge per member and baseline: the member's score against a
 *       scripted baseline, win 1, draw ½, as an exponential moving average over ~50 games);
 *   <li>{@code league.learner.frames} (counter: frames of experience the learners trained on);
 *   <li>{@code league.pbt.events} (counter per kind).
 * </ul>
 * Inside Flink the operators report their own metric groups ({@code league.frames},
 * {@code league.matches}, {@code league.learner.updates}, {@code league.learner.droppedStale}).
 */
public final class LeagueMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String scenario;
    private final Counter frames;
    private final Counter matches;
    private final Counter updates;
    private final DistributionSummary lag;
    private final Map<String, AtomicLong> ratings = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> returns = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> baselineScores = new ConcurrentHashMap<>();
    private final Counter learnedFrames;
    private long lastFrames;
    private HttpServer server;

    public LeagueMetrics(String scenario) {
        this.scenario = scenario;
        this.frames = Counter.builder("league.frames").tag("scenario", scenario)
                .description("environment frames played").register(registry);
        this.matches = Counter.builder("league.matches.completed").tag("scenario", scenario)
                .description("matches rated").register(registry);
        this.updates = Counter.builder("league.learner.updates").tag("scenario", scenario)
                .description("learner gradient steps").register(registry);
        this.learnedFrames = Counter.builder("league.learner.frames").tag("scenario", scenario)
                .description("frames of experience the learners trained on").register(registry);
        this.lag = DistributionSummary.builder("league.learner.policy.lag").tag("scenario", scenario)
                .description("versions between the acting policy and the updated one").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Records one event of the job's collected stream. */
    public void record(LeagueEvent event) {
        if (event.rating() != null) {
            record(event.rating());
        } else if (event.training() != null) {
            record(event.training());
        } else if (event.pbt() != null) {
            record(event.pbt());
        }
    }

    private synchronized void record(RatingUpdate update) {
        matches.increment();
        if (update.frames() > lastFrames) {
            frames.increment(update.frames() - lastFrames);
            lastFrames = update.frames();
        }
        for (int side = 0; side < update.players().length; side++) {
            String player = update.players()[side];
            AtomicLong bits = ratings.computeIfAbsent(player, id -> {
                AtomicLong holder = new AtomicLong();
                Gauge.builder("league.rating", holder, value -> Double.longBitsToDouble(value.get()))
                        .tag("scenario", scenario).tag("member", id).register(registry);
                return holder;
            });
            bits.set(Double.doubleToLongBits(update.ratings()[side]));
        }
        for (int side = 0; side < update.players().length; side++) {
            for (int other = 0; other < update.players().length; other++) {
                String member = update.players()[side];
                String baseline = update.players()[other];
                if (!member.startsWith("scripted:") && baseline.startsWith("scripted:")) {
                    int self = update.ranks()[side];
                    int them = update.ranks()[other];
                    double score = self < them ? 1 : self == them ? 0.5 : 0;
                    AtomicLong bits = baselineScores.computeIfAbsent(member + "|" + baseline, key -> {
                        AtomicLong holder = new AtomicLong(Double.doubleToLongBits(score));
                        Gauge.builder("league.baseline.score", holder, value -> Double.longBitsToDouble(value.get()))
                                .tag("scenario", scenario).tag("member", member)
                                .tag("baseline", baseline.substring("scripted:".length())).register(registry);
                        return holder;
                    });
                    double previous = Double.longBitsToDouble(bits.get());
                    bits.set(Double.doubleToLongBits(previous + 0.02 * (score - previous)));
                }
            }
        }
    }

    private void record(TrainingStats stats) {
        updates.increment();
        learnedFrames.increment(stats.frames());
        lag.record(Math.max(0, stats.version() - 1 - stats.behaviourVersion()));
        returns.computeIfAbsent(stats.memberId(), member -> DistributionSummary.builder("league.episode.return")
                .tag("scenario", scenario).tag("member", member).register(registry)).record(stats.episodeReward());
    }

    private void record(PbtEvent event) {
        Counter.builder("league.pbt.events").tag("scenario", scenario).tag("kind", event.kind())
                .register(registry).increment();
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * Serves {@code GET /metrics} on 127.0.0.1:{@code port} (0 = any free port).
     *
     * @return the bound port
     */
    public int serve(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        registry.close();
    }
}
