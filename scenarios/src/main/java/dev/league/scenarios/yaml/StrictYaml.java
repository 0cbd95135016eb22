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
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());
    private static final ObjectMapper JSON =
            configure(JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build());

    private StrictYaml() {}

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
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
            return parse(file.toString(), Files.readString(file), type);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads YAML text (named {@code source} in messages) into {@code type}. */
    public static <T> T parse(String source, String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (JacksonException e) {
            throw new ConfigException(describe(source, yaml, e), e);
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
    static String describe(String source, String text, JacksonException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? source
                : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            // a record's own validation fails after the whole object was read: point at the field it names
            String message = invalid.getCause().getMessage();
            int[] line = lineOf(text, message.split(" ", 2)[0]);
            return (line == null ? where : source + ":" + line[0] + ":" + line[1]) + ": " + message;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + ": unknown field '" + path(unknown, true) + "' (allowed here: "
                    + names(unknown.getKnownPropertyIds()) + ")";
        }
        if (e instanceof InvalidTypeIdException badType) {
            return where + ": " + prefix(path(badType, true)) + "type '" + badType.getTypeId()
                    + "' is not known (allowed: " + allowedTypes(badType) + ")";
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

    /**
     * Line and column (1-based) of the key at a dotted path such as {@code game.actions} or
     * {@code scenario.name}, found by walking nested keys in order; {@code null} if not found.
     * A leading segment that is not a key (the record's own name, e.g. {@code scenario}) is skipped.
     */
    static int[] lineOf(String text, String dottedPath) {
        if (text == null || dottedPath == null || dottedPath.isEmpty()) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        String[] segments = dottedPath.replaceAll("\\[\\d+]", "").split("\\.");
        for (int skip = 0; skip < segments.length; skip++) {
            int from = 0;
            int[] found = null;
            for (int s = skip; s < segments.length; s++) {
                found = null;
                for (int i = from; i < lines.length; i++) {
                    String trimmed = lines[i].stripLeading();
                    if (trimmed.startsWith(segments[s] + ":") || trimmed.startsWith("- " + segments[s] + ":")) {
                        found = new int[] {i + 1, lines[i].indexOf(segments[s]) + 1};
                        from = i + 1;
                        break;
                    }
                }
                if (found == null) {
                    break;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
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
