package dev.league.scenarios.shooter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ShooterActionsTest {

    /** The default turn bins: -30, -10, -3, 0, 3, 10, 30 degrees. */
    private final ShooterActions actions = new ShooterSpec("duel", 2, null, 10, 1,
            new ShooterSpec.Arena(10, 10, null, null, null), null, null, null, null, null).actions();

    @Test
    void components_areMoveStrafeTurnFire_andTheirProductIsTheActionCount() {
        assertThat(actions.components()).containsExactly(3, 3, 7, 2);
        assertThat(actions.count()).isEqualTo(126);
    }

    @Test
    void encode_thenDecode_roundTripsEveryTuple_andCoversEveryActionOnce() {
        Set<Integer> seen = new HashSet<>();
        int[] tuple = new int[4];
        for (int move = 0; move < 3; move++) {
            for (int strafe = 0; strafe < 3; strafe++) {
                for (int turn = 0; turn < 7; turn++) {
                    for (int fire = 0; fire < 2; fire++) {
                        int action = actions.encode(move, strafe, turn, fire);
                        actions.decode(action, tuple);
                        assertThat(tuple).containsExactly(move, strafe, turn, fire);
                        assertThat(action % 2).isEqualTo(fire);
                        seen.add(action);
                    }
                }
            }
        }
        assertThat(seen).hasSize(126).allMatch(a -> a >= 0 && a < 126);
    }

    @Test
    void encode_isRowMajorWithFireFastest() {
        assertThat(actions.encode(0, 0, 0, 1)).isEqualTo(1);
        assertThat(actions.encode(0, 0, 1, 0)).isEqualTo(2);
        assertThat(actions.encode(0, 1, 0, 0)).isEqualTo(14);
        assertThat(actions.encode(1, 0, 0, 0)).isEqualTo(42);
        assertThat(actions.encode(2, 2, 6, 1)).isEqualTo(125);
    }

    @Test
    void noop_isNoMoveNoStrafeNoTurnNoFire() {
        int[] tuple = new int[4];
        actions.decode(actions.noop(), tuple);

        assertThat(tuple).containsExactly(ShooterActions.MOVE_NONE, ShooterActions.STRAFE_NONE, 3,
                ShooterActions.FIRE_NO);
    }

    @Test
    void spec_actions_followTheTurnBins() {
        ShooterSpec.Player player = new ShooterSpec.Player(0.4, 100, 0.3, 0.2, List.of(-20.0, 0.0, 5.0, 20.0), 0.8);
        ShooterSpec game = new ShooterSpec(ShooterSpec.DUEL, 2, null, 10, 1,
                new ShooterSpec.Arena(10, 10, null, null, null), player, null, null, null, null);

        assertThat(game.actions()).isEqualTo(new ShooterActions(4, 1));
        assertThat(game.environmentSpec("x").actions()).isEqualTo(3 * 3 * 4 * 2);
    }

    @Test
    void encodeAndDecode_outOfRange_areRejected() {
        assertThatThrownBy(() -> actions.encode(0, 0, 7, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action (move, strafe, turn, fire) must be within (3, 3, 7, 2), was (0, 0, 7, 0)");
        assertThatThrownBy(() -> actions.decode(126, new int[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action must be in 0..125, was 126");
        assertThatThrownBy(() -> new ShooterActions(3, 3)).hasMessage("actions.noTurn must be in 0..2, was 3");
    }
}
