package dev.league.matchmaking.payoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class PayoffTableTest {

    private static PayoffTable table(String... players) {
        PayoffTable table = PayoffTable.alphaStar();
        for (String player : players) {
            table.add(player);
        }
        return table;
    }

    @Test
    void winRate_neverMet_isHalf() {
        assertThat(table("a", "b").winRate("a", "b")).isEqualTo(0.5);
    }

    @Test
    void update_oneWin_mirroredAsTheOpponentsLoss() {
        PayoffTable table = table("a", "b");

        table.update("a", "b", 1.0);

        assertThat(table.wins("a", "b")).isEqualTo(1.0);
        assertThat(table.losses("b", "a")).isEqualTo(1.0);
        assertThat(table.games("b", "a")).isEqualTo(1.0);
        assertThat(table.winRate("a", "b")).isEqualTo(1.0);
        assertThat(table.winRate("b", "a")).isEqualTo(0.0);
    }

    /** The pseudocode's update: all four counters of both ordered pairs times 0.99, then +1. */
    @Test
    void update_sequence_decaysBy099BeforeEachGame() {
        PayoffTable table = table("a", "b");

        table.update("a", "b", 1.0);   // W
        table.update("b", "a", 0.0);   // W for a, recorded from b's side
        table.update("a", "b", 0.5);   // D
        table.update("a", "b", 0.0);   // L

        double wins = (1 * 0.99 + 1) * 0.99 * 0.99;   // 1.950399
        double draws = 1 * 0.99;                       // 0.99
        double losses = 1;
        assertThat(table.wins("a", "b")).isCloseTo(wins, within(1e-12));
        assertThat(table.draws("a", "b")).isCloseTo(draws, within(1e-12));
        assertThat(table.draws("b", "a")).isCloseTo(draws, within(1e-12));
        assertThat(table.losses("a", "b")).isCloseTo(losses, within(1e-12));
        assertThat(table.games("a", "b")).isCloseTo(wins + draws + losses, within(1e-12));
        assertThat(table.winRate("a", "b")).isCloseTo((wins + 0.5 * draws) / (wins + draws + losses), within(1e-12));
        assertThat(table.winRate("a", "b") + table.winRate("b", "a")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void update_decayTouchesOnlyThePair() {
        PayoffTable table = table("a", "b", "c");
        table.update("a", "c", 1.0);

        table.update("a", "b", 1.0);

        assertThat(table.wins("a", "c")).isEqualTo(1.0);
    }

    @Test
    void update_longRun_winRateTracksRecentResults() {
        PayoffTable table = table("a", "b");
        for (int game = 0; game < 1000; game++) {
            table.update("a", "b", 0.0);
        }
        for (int game = 0; game < 300; game++) {
            table.update("a", "b", 1.0);
        }

        // effective memory ~100 games: after 300 straight wins the old losses weigh 0.99^300 = 5 %
        assertThat(table.games("a", "b")).isCloseTo((1 - Math.pow(0.99, 1300)) / 0.01, within(1e-6));
        assertThat(table.winRate("a", "b")).isCloseTo((1 - Math.pow(0.99, 300)) / (1 - Math.pow(0.99, 1300)), within(1e-6))
                .isGreaterThan(0.94);
    }

    @Test
    void update_freeForAll_oneGamePerPairSkippingSelfPlay() {
        PayoffTable table = table();

        table.update(new String[] {"a", "b", "c", "a"}, new int[] {1, 2, 2, 4});

        // a beat b from seat 0, then lost to b from seat 3: 0.99 wins, 1 loss
        assertThat(table.winRate("a", "b")).isCloseTo(0.99 / 1.99, within(1e-12));
        assertThat(table.games("a", "b")).isCloseTo(1 + 0.99, within(1e-12));
        assertThat(table.draws("b", "c")).isEqualTo(1.0);
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void add_beyondInitialCapacity_keepsCounts() {
        PayoffTable table = table("p0", "p1");
        table.update("p0", "p1", 1.0);

        for (int i = 2; i < 300; i++) {
            assertThat(table.add("p" + i)).isEqualTo(i);
        }
        table.update("p299", "p0", 0.5);

        assertThat(table.add("p1")).isEqualTo(1);
        assertThat(table.wins("p0", "p1")).isEqualTo(1.0);
        assertThat(table.draws("p0", "p299")).isEqualTo(1.0);
        int[] aways = {1, 299, 150};
        double[] rates = new double[3];
        table.winRates(0, aways, 3, rates);
        assertThat(rates).containsExactly(1.0, 0.5, 0.5);
    }

    @Test
    void update_badInput_namesTheProblem() {
        PayoffTable table = table("a", "b");
        assertThatThrownBy(() -> table.update("a", "b", 0.7)).hasMessage("payoff score must be one of 1, 0.5, 0, was 0.7");
        assertThatThrownBy(() -> table.update("a", "a", 1.0)).hasMessage("payoff: a player cannot play itself, was a");
        assertThatThrownBy(() -> table.winRate("a", "z")).hasMessage("payoff has no player 'z'");
        assertThatThrownBy(() -> new PayoffTable(0)).hasMessage("payoff.decay must be in (0, 1], was 0.0");
    }
}
