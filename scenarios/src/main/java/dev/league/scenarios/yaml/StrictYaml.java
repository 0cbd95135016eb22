package dev.league.scenarios.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one strict YAML/JSON mapper of the project: unknown fields, nulls for primitives and
 * duplicate keys fail, and every failure becomes a {@link ConfigException} naming the file, the
 * line, the field and the rule.
 */
public final class StrictYaml {

    private static final ObjectMapper YAML = configure(YAMLMapper.builder(
                    YAMLFactory.builder()
                            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                            .build())
            .build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

    private StrictYaml() {}

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The shared YAML mapper (strict); use for writing resolved configs too. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /** The shared JSON mapper, with the same strictness. */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Reads a YAML file into {@code type}.
     *
     * @throws ConfigException if the file is missing, unreadable, not YAML, or violates the schema
     */
    public static <T> T read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        try {
            return YAML.readValue(Files.readString(file), type);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file", e);
        } catch (JacksonException e) {
            throw new ConfigException(describe(file.toString(), e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads YAML text (named {@code source} in messages) into {@code type}. */
    public static <T> T parse(String source, String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (JacksonException e) {
            throw new ConfigException(describe(source, e), e);
        }
    }

    /** Writes a value as YAML text. */
    public static String write(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
        }
    }

    /** Writes a value as one line of JSON (for {@code *.jsonl} series). */
    public static String jsonLine(Object value) {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** One line: {@code file:line:column: field: what is wrong}. */
    static String describe(String source, JacksonException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? source
                : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + ": unknown field '" + path(unknown, true) + "' (allowed here: "
                    + names(unknown.getKnownPropertyIds()) + ")";
        }
        if (e instanceof InvalidTypeIdException badType) {
            return where + ": " + prefix(path(badType, true)) + "type '" + badType.getTypeId()
                    + "' is not known (allowed: " + allowedTypes(badType) + ")";
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return where + ": " + invalid.getCause().getMessage();
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping, true);
            String original = firstLine(mapping.getOriginalMessage());
            if (original.startsWith("Cannot map `null` into type")) {
                return where + ": " + field + " is required";
            }
            return where + ": " + (field.isEmpty() ? "" : field + ": ") + firstLine(mapping.getOriginalMessage());
        }
        String message = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
        return where + ": not valid YAML: " + firstLine(message);
    }

    private static String allowedTypes(InvalidTypeIdException e) {
        String message = e.getOriginalMessage();
        int known = message.indexOf("known type ids = ");
        if (known < 0) {
            return "see the documentation";
        }
        String list = message.substring(known + "known type ids = ".length());
        int end = list.indexOf(']');
        return list.substring(0, end < 0 ? list.length() : end + 1).replace("[", "").replace("]", "");
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    private static String path(JsonMappingException e, boolean includeLast) {
        var references = e.getPath();
        StringBuilder path = new StringBuilder();
        int count = includeLast ? references.size() : references.size() - 1;
        for (int i = 0; i < count; i++) {
            JsonMappingException.Reference reference = references.get(i);
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
