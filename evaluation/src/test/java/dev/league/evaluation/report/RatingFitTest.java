package dev.league.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class RatingFitTest {

    /** True Elo-scale strengths of p0..p4; p0 is the reference at 0. */
    private static final double[] STRENGTH = {0, 80, 160, 240, 400};

    /** A synthetic 1v1 log: every pair plays {@code games} games, outcomes drawn from Bradley–Terry. */
    private static List<Outcome> synthetic(int games, SplittableRandom random) {
        List<Outcome> log = new ArrayList<>();
        for (int i = 0; i < STRENGTH.length; i++) {
            for (int j = i + 1; j < STRENGTH.length; j++) {
                double p = 1 / (1 + Math.pow(10, (STRENGTH[j] - STRENGTH[i]) / 400));
                for (int g = 0; g < games; g++) {
                    boolean iWins = random.nextDouble() < p;
                    log.add(new Outcome(null, List.of(List.of("p" + i), List.of("p" + j)),
                            iWins ? List.of(1, 2) : List.of(2, 1), 0));
                }
            }
        }
        return log;
    }

    @Test
    void fromOutcomes_recoversTheOrderOfKnownStrengths() {
        List<Outcome> log = synthetic(150, new SplittableRandom(11));

        ReportModel model = Reports.fromOutcomes("t", "synthetic", log, new RatingSettings("p0", 0, 0.95, 50, 3), List.of());

        assertThat(model.players()).extracting(PlayerReport::player).containsExactly("p4", "p3", "p2", "p1", "p0");
        for (PlayerReport player : model.players()) {
            double truth = STRENGTH[Integer.parseInt(player.player().substring(1))];
            assertThat(player.rating()).isCloseTo(truth, within(60.0));
            assertThat(player.games()).isEqualTo(4 * 150);
        }
        assertThat(model.reference()).isEqualTo("p0");
        assertThat(model.players().get(4).rating()).isEqualTo(0.0);
    }

    @Test
    void fromOutcomes_intervalsCoverTheTruthAtAboutTheStatedRate() {
        SplittableRandom random = new SplittableRandom(2024);
        int covered = 0;
        int intervals = 0;
        for (int trial = 0; trial < 40; trial++) {
            List<Outcome> log = synthetic(20, random);
            ReportModel model = Reports.fromOutcomes("t", "synthetic", log,
                    new RatingSettings("p0", 0, 0.95, 100, 1000 + trial), List.of());
            for (PlayerReport player : model.players()) {
                if (player.player().equals("p0")) {
                    continue;
                }
                double truth = STRENGTH[Integer.parseInt(player.player().substring(1))];
                intervals++;
                covered += player.lower() <= truth && truth <= player.upper() ? 1 : 0;
            }
        }
        double coverage = covered / (double) intervals;

        // 160 intervals at a nominal 95%: binomial sd ~1.7 points; a broken bootstrap lands far outside
        assertThat(coverage).as("coverage of 95%% intervals over %d intervals", intervals).isBetween(0.88, 0.995);
    }

    @Test
    void fromOutcomes_narrowIntervalsWouldNotCover_soTheCoverageTestCanFail() {
        SplittableRandom random = new SplittableRandom(2024);
        int covered = 0;
        int intervals = 0;
        for (int trial = 0; trial < 20; trial++) {
            ReportModel model = Reports.fromOutcomes("t", "synthetic", synthetic(20, random),
                    new RatingSettings("p0", 0, 0.30, 100, 1000 + trial), List.of());
            for (PlayerReport player : model.players()) {
                if (!player.player().equals("p0")) {
                    double truth = STRENGTH[Integer.parseInt(player.player().substring(1))];
                    intervals++;
                    covered += player.lower() <= truth && truth <= player.upper() ? 1 : 0;
                }
            }
        }

        assertThat(covered / (double) intervals).isLessThan(0.6);
    }

    @Test
    void fromOutcomes_teamsAndBaselines_giveRecordsAndHeadToHead() {
        List<Outcome> log = new ArrayList<>();
        for (int g = 0; g < 10; g++) {
            log.add(new Outcome("arena", List.of(List.of("a1", "a2"), List.of("random")), List.of(1, 2), 10));
            log.add(new Outcome("arena", List.of(List.of("a1"), List.of("b1")), g % 2 == 0 ? List.of(1, 1) : List.of(1, 2), 10));
        }

        ReportModel model = Reports.fromOutcomes("t", "log", log, RatingSettings.DEFAULTS, List.of("random", "absent"));

        assertThat(model.reference()).isEqualTo("random");
        assertThat(model.baselines()).containsExactly("random");
        assertThat(model.scenario()).isEqualTo("arena");
        Map<String, PlayerReport> byId = new java.util.HashMap<>();
        model.players().forEach(player -> byId.put(player.player(), player));
        assertThat(byId.get("random").rating()).isEqualTo(1000.0);
        assertThat(byId.get("a1").games()).isEqualTo(20);
        assertThat(byId.get("a1").wins()).isEqualTo(15);
        assertThat(byId.get("a1").draws()).isEqualTo(5);
        assertThat(byId.get("a1").versusBaselines().get("random").winRate()).isEqualTo(1.0);
        assertThat(byId.get("a2").versusBaselines().get("random").games()).isEqualTo(10);
        assertThat(byId.get("b1").versusBaselines()).isEmpty();
        assertThat(byId.get("a1").rating()).isGreaterThan(byId.get("random").rating());
        assertThat(byId.get("a1").trueSkill()).isGreaterThan(byId.get("random").trueSkill());
        assertThat(byId.get("a1").glicko()).isGreaterThan(byId.get("random").glicko());
        int a1 = model.winRates().players().indexOf("a1");
        int b1 = model.winRates().players().indexOf("b1");
        assertThat(model.winRates().winRate().get(a1).get(b1)).isEqualTo(0.75);
        assertThat(model.winRates().winRate().get(b1).get(a1)).isEqualTo(0.25);
        assertThat(model.winRates().winRate().get(a1).get(a1)).isNull();
    }
}
