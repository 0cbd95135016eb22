package dev.league.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.league.matchmaking.sampling.PfspWeighting;
import dev.league.matchmaking.sampling.SamplerKind;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MatchmakingSpecTest {

    private static MatchmakingSpec with(Map<String, Object> values) {
        return Specs.with(values);
    }

    private static MatchmakingSpec with(String component, Object value) {
        return Specs.with(component, value);
    }

    @Test
    void defaults_everyFieldDocumentedValue() {
        MatchmakingSpec spec = MatchmakingSpec.DEFAULTS;

        assertThat(spec.sampler()).isEqualTo("uniform");
        assertThat(spec.samplerKind()).isEqualTo(SamplerKind.UNIFORM);
        assertThat(spec.weighting()).isEqualTo(PfspWeighting.SQUARED);
        assertThat(spec.roleCount()).isEqualTo(4);
        assertThat(spec.mainPfspShare()).isEqualTo(0.5);
        assertThat(spec.mainVerificationShare()).isEqualTo(0.15);
        assertThat(spec.selfPlayWinRate()).isEqualTo(0.3);
        assertThat(spec.verificationExploiterWinRate()).isEqualTo(0.3);
        assertThat(spec.verificationForgettingWinRate()).isEqualTo(0.7);
        assertThat(spec.mainExploiterWinRate()).isEqualTo(0.1);
        assertThat(spec.leagueExploiterResetProbability()).isEqualTo(0.25);
        assertThat(spec.snapshotWinRate()).isEqualTo(0.7);
        assertThat(spec.snapshotMinSteps()).isEqualTo(2_000_000L);
        assertThat(spec.snapshotMaxSteps()).isEqualTo(4_000_000L);
        assertThat(spec.snapshotWindow()).isEqualTo(10);
        assertThat(spec.snapshotLatestRatio()).isEqualTo(0.5);
        assertThat(spec.payoffDecay()).isEqualTo(0.99);
        assertThat(spec.ratingSystem()).isEqualTo("elo");
        assertThat(spec.eloK()).isEqualTo(32.0);
        assertThat(spec.eloInitialRating()).isEqualTo(1200.0);
        assertThat(spec.eloAnchors()).isEmpty();
        assertThat(spec.glickoTau()).isEqualTo(0.5);
        assertThat(spec.trueSkillDrawProbability()).isEqualTo(0.10);
        assertThat(with(Map.of())).isEqualTo(spec);
    }

    @Test
    void constructor_unknownNames_listTheAllowedOnes() {
        assertThatThrownBy(() -> with("sampler", "random"))
                .hasMessage("matchmaking.sampler must be one of [uniform, latest-self, snapshot-pool, pfsp, alphastar],"
                        + " was 'random'");
        assertThatThrownBy(() -> with("pfspWeighting", "foo"))
                .hasMessage("matchmaking.pfspWeighting must be one of [squared, variance, linear, linear-capped], was 'foo'");
        assertThatThrownBy(() -> with("ratingSystem", "glicko"))
                .hasMessage("matchmaking.ratingSystem must be one of [elo, glicko2, trueskill], was 'glicko'");
    }

    @Test
    void constructor_outOfRange_namesFieldValueAndRule() {
        assertThatThrownBy(() -> with("snapshotWinRate", 1.5))
                .hasMessage("matchmaking.snapshotWinRate must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> with(Map.of("mainPfspShare", 0.9, "mainVerificationShare", 0.2)))
                .hasMessage("matchmaking.mainPfspShare + mainVerificationShare must be <= 1, was 1.1");
        assertThatThrownBy(() -> with(Map.of("snapshotMinSteps", 100L, "snapshotMaxSteps", 50L)))
                .hasMessage("matchmaking.snapshotMaxSteps must be >= snapshotMinSteps (100), was 50");
        assertThatThrownBy(() -> with(Map.of("sampler", "alphastar", "mainAgents", 0)))
                .hasMessage("matchmaking.mainAgents must be in 1..1024 when sampler is 'alphastar', was 0");
        assertThatThrownBy(() -> with("payoffDecay", 0.0)).hasMessage("matchmaking.payoffDecay must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> with("eloK", -3.0)).hasMessage("matchmaking.eloK must be > 0, was -3.0");
        assertThatThrownBy(() -> with("snapshotWindow", 0)).hasMessage("matchmaking.snapshotWindow must be >= 1, was 0");
        assertThatThrownBy(() -> with("trueSkillDrawProbability", 0.0))
                .hasMessage("matchmaking.trueSkillDrawProbability must be in (0, 1), was 0.0");
        assertThatThrownBy(() -> with("eloAnchors", Map.of("scripted", Double.POSITIVE_INFINITY)))
                .hasMessage("matchmaking.eloAnchors['scripted'] must be finite, was Infinity");
    }

    @Test
    void constructor_anchors_copiedSortedAndImmutable() {
        Map<String, Double> anchors = new HashMap<>(Map.of("z-bot", 900.0, "a-bot", 1000.0));
        MatchmakingSpec spec = with("eloAnchors", anchors);
        anchors.clear();

        assertThat(spec.eloAnchors()).containsExactly(Map.entry("a-bot", 1000.0), Map.entry("z-bot", 900.0));
        assertThatThrownBy(() -> spec.eloAnchors().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withSampler_keepsTheRest() {
        MatchmakingSpec spec = MatchmakingSpec.DEFAULTS.withSampler("alphastar").withSnapshotSteps(10, 20);

        assertThat(spec.samplerKind()).isEqualTo(SamplerKind.ALPHASTAR);
        assertThat(spec.snapshotMinSteps()).isEqualTo(10L);
        assertThat(spec.snapshotMaxSteps()).isEqualTo(20L);
        assertThat(spec.eloK()).isEqualTo(32.0);
    }
}
