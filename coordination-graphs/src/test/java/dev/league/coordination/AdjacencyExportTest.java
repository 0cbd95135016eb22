package dev.league.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.league.scenarios.ScenarioSpec;
import dev.league.scenarios.predatorprey.PredatorPreySpec;
import dev.league.scenarios.yaml.StrictYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

final class AdjacencyExportTest {

    private static final ScenarioSpec SCENARIO = new ScenarioSpec("tiny-predator-prey", 1,
            new PredatorPreySpec(4, 3, 1, -1.5, 10.0, 2, -0.1, 12, 1));

    private static DicgNetwork network(String policy, String critic) {
        var environment = SCENARIO.environmentSpec();
        return new DicgNetwork(CoordinationSpec.of(policy, critic).withSizes(8, 6, 2, List.of(8), 6), environment.agents(),
                environment.observationSize(), environment.actions(), new int[environment.agents()], DataType.FLOAT, 3);
    }

    @Test
    void jsonLine_hasTheEvaluationReportFields() throws Exception {
        String line = AdjacencyExport.jsonLine("m\"1", "penalty-1.5", 7, new double[][] {{0.25, 0.75}, {1.0, 0.0}});

        assertThat(line).isEqualTo("{\"member\":\"m\\\"1\",\"scenario\":\"penalty-1.5\",\"step\":7,\"adjacency\":[[0.25,0.75],[1.0,0.0]]}");
        JsonNode node = StrictYaml.json().readTree(line);
        assertThat(node.get("member").asText()).isEqualTo("m\"1");
        assertThat(node.get("adjacency").get(0).get(1).asDouble()).isEqualTo(0.75);
        assertThat(AdjacencyExport.jsonLine(null, null, 0, new double[][] {{1.0}})).isEqualTo("{\"step\":0,\"adjacency\":[[1.0]]}");
    }

    @Test
    void jsonLine_nonSquareOrNonFinite_isRejected() {
        assertThatThrownBy(() -> AdjacencyExport.jsonLine("m", null, 0, new double[][] {{1.0, 0.0}}))
                .hasMessageContaining("adjacency must be square");
        assertThatThrownBy(() -> AdjacencyExport.jsonLine("m", null, 0, new double[][] {{Double.NaN}}))
                .hasMessageContaining("adjacency[0][0] must be finite, was NaN");
    }

    @Test
    void writeEpisode_writesOneRowStochasticGraphPerStep(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("coordination.jsonl");

        AdjacencyExport.writeEpisode(file, network(CoordinationSpec.DICG_CE, CoordinationSpec.MLP), SCENARIO, "m7", 5);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(12);
        for (int t = 0; t < lines.size(); t++) {
            JsonNode node = StrictYaml.json().readTree(lines.get(t));
            assertThat(node.get("member").asText()).isEqualTo("m7");
            assertThat(node.get("scenario").asText()).isEqualTo("tiny-predator-prey");
            assertThat(node.get("step").asInt()).isEqualTo(t);
            JsonNode adjacency = node.get("adjacency");
            assertThat(adjacency.size()).isEqualTo(3);
            for (JsonNode row : adjacency) {
                assertThat(row.size()).isEqualTo(3);
                double sum = 0;
                for (JsonNode value : row) {
                    sum += value.asDouble();
                }
                assertThat(sum).isCloseTo(1.0, within(1e-5));
            }
        }
        assertThat(AdjacencyExport.episode(network(CoordinationSpec.DICG_CE, CoordinationSpec.MLP), SCENARIO, "m7", 5))
                .containsExactlyElementsOf(lines);
    }

    @Test
    void episode_withoutAnyGraph_isRejected() {
        assertThatThrownBy(() -> AdjacencyExport.episode(network(CoordinationSpec.INDEPENDENT, CoordinationSpec.MLP), SCENARIO, "m", 1))
                .hasMessageContaining("needs a dicg policy or critic");
    }
}
