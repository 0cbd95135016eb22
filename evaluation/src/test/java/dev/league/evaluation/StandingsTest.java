package dev.league.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.league.matchmaking.MatchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StandingsTest {

    private static MatchResult result(long id, String a, String b, int rankA, int rankB) {
        return new MatchResult(id, new String[] {a, b}, new long[] {0, 0}, new int[] {rankA, rankB}, 10);
    }

    @Test
    void of_countsWinsDrawsLosses_andSortsByRating() {
        List<MatchResult> log = List.of(result(0, "a", "b", 1, 2), result(1, "b", "a", 1, 1), result(2, "c", "a", 1, 2));

        List<Standing> standings = Standings.of(log, Map.of("a", 1200.0, "b", 1100.0, "c", 1300.0), Map.of("a", 4L));

        assertThat(standings).extracting(Standing::player).containsExactly("c", "a", "b");
        Standing a = standings.get(1);
        assertThat(a.wins()).isEqualTo(1);
        assertThat(a.draws()).isEqualTo(1);
        assertThat(a.losses()).isEqualTo(1);
        assertThat(a.score()).isEqualTo(0.5);
        assertThat(a.version()).isEqualTo(4);
        assertThat(standings.get(0).version()).isEqualTo(-1);
    }

    @Test
    void table_hasHeaderAndOneLinePerPlayer() {
        String table = Standings.table(List.of(new Standing("m1", 1234.56, 7, 3, 1, 0), new Standing("random", 1100, -1, 0, 1, 3)));

        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().toList().get(0)).contains("rank", "player", "rating", "version");
        assertThat(table.lines().toList().get(1)).contains("1", "m1", "1234.6", "7", "87.5%");
        assertThat(table.lines().toList().get(2)).contains("2", "random", "-", "12.5%");
    }
}
