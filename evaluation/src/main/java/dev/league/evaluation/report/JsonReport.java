package dev.league.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.league.scenarios.yaml.StrictYaml;

/** {@code report.json}: the {@link ReportModel} as JSON (schema: docs/report.schema.json). */
final class JsonReport {

    private JsonReport() {}

    static String render(ReportModel model) {
        try {
            return StrictYaml.json().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
