package dev.league.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MatchLogFormatTest {

    @TempDir
    Path directory;

    private Path log(String... lines) throws IOException {
        return Files.write(directory.resolve("matches.jsonl"), List.of(lines));
    }

    @Test
    void read_playersWithWinnerOrDraw() throws IOException {
        List<Outcome> outcomes = MatchLogFormat.read(log(
                "{\"scenario\": \"duel\", \"players\": [\"a\", \"b\"], \"winner\": \"b\"}",
                "",
                "{\"players\": [\"a\", \"b\"], \"winner\": null}"));

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).scenario()).isEqualTo("duel");
        assertThat(outcomes.get(0).teams()).containsExactly(List.of("a"), List.of("b"));
        assertThat(outcomes.get(0).ranks()).containsExactly(2, 1);
        assertThat(outcomes.get(1).ranks()).containsExactly(1, 1);
        assertThat(outcomes.get(1).scenario()).isNull();
    }

    @Test
    void read_teamsWithRanks() throws IOException {
        List<Outcome> outcomes = MatchLogFormat.read(log(
                "{\"teams\": [[\"a1\", \"a2\"], [\"b1\", \"b2\"]], \"ranks\": [1, 2], \"frames\": 120}",
                "{\"teams\": [[\"x\"], [\"y\"], [\"z\"]], \"ranks\": [2, 1, 2]}"));

        assertThat(outcomes.get(0).teams()).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(outcomes.get(0).frames()).isEqualTo(120);
        assertThat(outcomes.get(0).score(0, 1)).isEqualTo(1.0);
        assertThat(outcomes.get(1).score(0, 2)).isEqualTo(0.5);
        assertThat(outcomes.get(1).score(1, 0)).isEqualTo(1.0);
    }

    @Test
    void read_malformedLine_namesFileAndLine() throws IOException {
        Path file = log("{\"players\": [\"a\", \"b\"], \"winner\": \"a\"}", "{\"players\": [\"a\", \"b\"], \"winner\": \"c\"}");

        assertThatThrownBy(() -> MatchLogFormat.read(file))
                .isInstanceOf(MalformedMatchLogException.class)
                .hasMessage(file + ":2: winner must be one of [a, b] or null (a draw), was \"c\"")
                .satisfies(problem -> assertThat(((MalformedMatchLogException) problem).line()).isEqualTo(2));
    }

    @Test
    void parse_badShapes_areRejectedWithTheRule() {
        assertThatThrownBy(() -> MatchLogFormat.parse("not json")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> MatchLogFormat.parse("[1, 2]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"players\": [\"a\", \"b\"]}"))
                .hasMessageContaining("exactly one of 'winner'");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"players\": [\"a\", \"b\"], \"winner\": \"a\", \"score\": 3}"))
                .hasMessageContaining("unknown field 'score'");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"teams\": [[\"a\"], [\"b\"]], \"ranks\": [1]}"))
                .hasMessageContaining("ranks must be an array of 2 integers");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"teams\": [[\"a\"], [\"a\"]], \"ranks\": [1, 2]}"))
                .hasMessageContaining("must not repeat a player, 'a'");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"teams\": [[\"a\"], [\"b\"]], \"ranks\": [1, 3]}"))
                .hasMessageContaining("outcome.ranks must be in 1..2");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"teams\": [[\"a\"], []], \"ranks\": [1, 2]}"))
                .hasMessageContaining("outcome.teams[1] must have at least one player");
        assertThatThrownBy(() -> MatchLogFormat.parse("{\"players\": [\"a\"], \"teams\": [[\"b\"]], \"ranks\": [1]}"))
                .hasMessageContaining("exactly one of 'players' or 'teams'");
    }

    @Test
    void read_emptyLog_isRejected() throws IOException {
        Path file = log("", "  ");

        assertThatThrownBy(() -> MatchLogFormat.read(file)).isInstanceOf(MalformedMatchLogException.class)
                .hasMessageContaining("no match");
    }
}
