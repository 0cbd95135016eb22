package dev.league.league.pbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PbtControllerTest {

    private static final List<String> MEMBERS = List.of("m0", "m1", "m2", "m3");

    /** Elo objective, checks every 1000 frames from frame 0, exploit when 25+ Elo behind. */
    private static PbtSpec spec(String objective) {
        return new PbtSpec(true, 1000L, 0L, objective, 10, 0.25, 25.0, 0.0, 0.0, 1.0, null);
    }

    private static void play(PbtController controller, long frames) {
        for (String member : MEMBERS) {
            controller.onEpisode(member, frames, 0, Double.NaN);
        }
    }

    @Test
    void construction_keepsTheReference_andDiversifiesTheOthers() {
        PbtController controller = new PbtController(spec("elo"), MEMBERS, 7);

        assertThat(controller.hyperparameters("m0").get("learningRate")).isEqualTo(Math.sqrt(1e-4 * 1e-1));
        assertThat(controller.history()).hasSize(4).allSatisfy(event -> assertThat(event.kind()).isEqualTo("init"));
        assertThat(MEMBERS.subList(1, 4)).allSatisfy(member ->
                assertThat(controller.hyperparameters(member).get("learningRate"))
                        .isNotEqualTo(controller.hyperparameters("m0").get("learningRate")));
    }

    @Test
    void decide_beforeTheInterval_doesNothing() {
        PbtController controller = new PbtController(spec("elo"), MEMBERS, 7);
        MEMBERS.forEach(member -> controller.onRating(member, 1200));
        play(controller, 999);

        assertThat(controller.decide()).isEmpty();
    }

    @Test
    void decide_bottomMemberFarBehind_copiesATopMemberAndExploresItsHyperparameters() {
        PbtController controller = new PbtController(spec("elo"), MEMBERS, 7);
        controller.onRating("m0", 1300);
        controller.onRating("m1", 1250);
        controller.onRating("m2", 1190);
        controller.onRating("m3", 1100);
        controller.onVersion("m0", 42);
        play(controller, 1000);

        List<PbtEvent> events = controller.decide();

        assertThat(events).extracting(PbtEvent::kind).containsExactly("keep", "keep", "keep", "exploit");
        PbtEvent exploit = events.get(3);
        assertThat(exploit.member()).isEqualTo("m3");
        assertThat(exploit.source()).isEqualTo("m0");            // the single top-quantile member of 4
        assertThat(exploit.sourceVersion()).isEqualTo(42);
        assertThat(exploit.copiesWeights()).isTrue();
        assertThat(exploit.generation()).isEqualTo(1);
        double sourceLr = controller.hyperparameters("m0").get("learningRate");
        assertThat(exploit.after().get("learningRate") / sourceLr).isIn(0.8, 1.2);
        assertThat(controller.hyperparameters("m3")).isEqualTo(exploit.after());
        assertThat(exploit.reason()).contains("m0 leads by 200", "copies m0@42");
        assertThat(controller.lineage("m3")).extracting(PbtEvent::kind).containsExactly("init", "exploit");
    }

    @Test
    void decide_gapTooSmall_exploresOwnHyperparameters() {
        PbtController controller = new PbtController(spec("elo"), MEMBERS, 7);
        MEMBERS.forEach(member -> controller.onRating(member, 1200));
        controller.onRating("m3", 1190);
        double before = controller.hyperparameters("m3").get("learningRate");
        play(controller, 1000);

        PbtEvent event = controller.decide().get(3);

        assertThat(event.kind()).isEqualTo("explore");
        assertThat(event.after().get("learningRate") / before).isIn(0.8, 1.2);
        assertThat(event.reason()).contains("not above the thresholds");
    }

    @Test
    void decide_waitsUntilEveryMemberHasAnObjective() {
        PbtController controller = new PbtController(spec("win-rate"), MEMBERS, 7);
        play(controller, 5000);
        controller.onEpisode("m0", 0, 0, 1.0);

        assertThat(controller.decide()).isEmpty();
        for (String member : MEMBERS) {
            controller.onEpisode(member, 0, 0, member.equals("m2") ? 0.0 : 1.0);
        }
        assertThat(controller.decide()).extracting(PbtEvent::member).containsExactly("m0", "m1", "m2", "m3");
    }

    @Test
    void rewardObjective_ranksByMeanEpisodeRewardOverTheWindow() {
        PbtController controller = new PbtController(spec("reward"), MEMBERS, 7);
        for (int episode = 0; episode < 20; episode++) {
            controller.onEpisode("m0", 100, 50, Double.NaN);
            controller.onEpisode("m1", 100, 40, Double.NaN);
            controller.onEpisode("m2", 100, episode < 10 ? 100 : 0, Double.NaN);   // only the last 10 count
            controller.onEpisode("m3", 100, 45, Double.NaN);
        }

        PbtEvent worst = controller.decide().stream().filter(event -> event.member().equals("m2")).findFirst().orElseThrow();

        assertThat(worst.kind()).isEqualTo("exploit");
        assertThat(worst.objective()).isZero();
        assertThat(worst.sourceObjective()).isEqualTo(50.0);
    }

    @Test
    void sameSeedAndInputs_sameLineage() {
        assertThat(run(3)).isEqualTo(run(3));
        assertThat(run(3)).isNotEqualTo(run(4));
    }

    @Test
    void restoredController_continuesExactlyAsTheOriginal_hyperparametersIncluded() throws Exception {
        PbtController original = new PbtController(spec("elo"), MEMBERS, 11);
        feed(original, 0, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        PbtController restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (PbtController) in.readObject();
        }

        feed(original, 3, 6);
        feed(restored, 3, 6);

        assertThat(restored.history()).isEqualTo(original.history());
        for (String member : MEMBERS) {
            assertThat(restored.hyperparameters(member)).isEqualTo(original.hyperparameters(member));
        }
    }

    private static List<PbtEvent> run(long seed) {
        PbtController controller = new PbtController(spec("elo"), MEMBERS, seed);
        feed(controller, 0, 5);
        return controller.history();
    }

    /** Intervals [from, to): ratings drift apart, every member plays 1000 frames per interval. */
    private static void feed(PbtController controller, int from, int to) {
        for (int interval = from; interval < to; interval++) {
            for (int i = 0; i < MEMBERS.size(); i++) {
                controller.onRating(MEMBERS.get(i), 1200 + (i % 2 == 0 ? 1 : -1) * 20 * interval + i);
                controller.onVersion(MEMBERS.get(i), interval * 10L + i);
            }
            play(controller, 1000);
            controller.decide();
        }
    }
}
