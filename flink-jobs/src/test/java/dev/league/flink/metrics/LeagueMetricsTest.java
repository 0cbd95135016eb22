package dev.league.flink.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.flink.job.LeagueEvent;
import dev.league.league.Hyperparameters;
import dev.league.league.TrainingStats;
import dev.league.league.pbt.PbtEvent;
import dev.league.matchmaking.rating.RatingUpdate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class LeagueMetricsTest {

    @Test
    void events_becomeCountersGaugesAndSummaries_servedOnLoopback() throws Exception {
        try (LeagueMetrics metrics = new LeagueMetrics("3m")) {
            metrics.record(new LeagueEvent(new RatingUpdate(0, new String[] {"m0", "m1"}, new int[] {1, 2},
                    new double[] {1216, 1184}, 1, 40), null, null));
            metrics.record(new LeagueEvent(new RatingUpdate(1, new String[] {"m0", "m1"}, new int[] {2, 1},
                    new double[] {1200.5, 1199.5}, 2, 100), null, null));
            metrics.record(new LeagueEvent(null, new TrainingStats("m0", 5, 2, 0.1, 0.5, 60, 3.0), null));
            // the member wins, then draws against the scripted baseline: 1, then 1 + 0.02 * (0.5 - 1)
            metrics.record(new LeagueEvent(new RatingUpdate(2, new String[] {"scripted:medium", "m0"}, new int[] {2, 1},
                    new double[] {1190, 1210}, 3, 160), null, null));
            metrics.record(new LeagueEvent(new RatingUpdate(3, new String[] {"m0", "scripted:medium"}, new int[] {1, 1},
                    new double[] {1210, 1190}, 4, 220), null, null));
            Hyperparameters hp = new Hyperparameters(Map.of("learningRate", 0.01));
            metrics.record(new LeagueEvent(null, null,
                    new PbtEvent("m1", "exploit", "m0", 4, 100, 1100, 1250, hp, hp, 1, "behind")));

            int port = metrics.serve(0);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("league_frames_total{scenario=\"3m\"} 220.0")
                    .contains("league_matches_completed_total{scenario=\"3m\"} 4.0")
                    .contains("league_baseline_score{baseline=\"medium\",member=\"m0\",scenario=\"3m\"} 0.99")
                    .contains("league_learner_frames_total{scenario=\"3m\"} 60.0")
                    .contains("league_rating{member=\"m1\",scenario=\"3m\"} 1199.5")
                    .contains("league_learner_updates_total{scenario=\"3m\"} 1.0")
                    .contains("league_learner_policy_lag_sum{scenario=\"3m\"} 2.0")
                    .contains("league_episode_return_sum{member=\"m0\",scenario=\"3m\"} 3.0")
                    .contains("league_pbt_events_total{kind=\"exploit\",scenario=\"3m\"} 1.0");
        }
    }
}
