package dev.appintel.spec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The spec as written, read with Jackson's YAML reader from the spec module's jar: the view of
 * operations, parameters and schemas that the mock server's and the contract tests share,
 * independent of the generator (this test-jar is the spec module's, not the generator's).
 *
 * <p>The static methods read the current spec (the one on the class path). Another version of it,
 * such as the baseline a change is compared with, is read with {@link #read(Path)} and its
 * operations listed with {@link #operations(JsonNode)}; each {@link Operation} resolves references
 * in the document it came from.
 */
public final class SpecDocument {

    private static final JsonNode DOCUMENT = readClassPath();

    private SpecDocument() {
    }

    /** The whole document. */
    public static JsonNode document() {
        return DOCUMENT;
    }

    /** One operation as written: its path, operationId and node, and the document holding it. */
    public record Operation(String path, String operationId, JsonNode node, JsonNode document) {

        /** The parameters, with component references resolved. */
        public List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
            return parameters;
        }

        /** The schema of the 200 response's JSON body. */
        public JsonNode successSchema() {
            return resolve(node.path("responses").path("200")).path("content").path("application/json").path("schema");
        }

        /** The {@code os} values the operation accepts; empty when its path has no {@code {os}}. */
        public List<String> osValues() {
            List<String> values = new ArrayList<>();
            parameters().stream().filter(parameter -> parameter.path("name").asText().equals("os")
                    && parameter.path("in").asText().equals("path"))
                    .forEach(parameter -> parameter.path("schema").path("enum").forEach(value -> values.add(value.asText())));
            return values;
        }

        /** A node of this operation's document with its local {@code $ref} followed. */
        public JsonNode resolve(JsonNode node) {
            return SpecDocument.resolve(document, node);
        }
    }

    /** Every GET operation of the current spec, in spec order. */
    public static List<Operation> operations() {
        return operations(DOCUMENT);
    }

    /** Every GET operation of {@code document} (a version of the spec), in spec order. */
    public static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            operations.add(new Operation(path.getKey(), get.path("operationId").asText(), get, document));
        }
        return operations;
    }

    /** The operation of the current spec with this id. */
    public static Operation operation(String operationId) {
        return operations().stream().filter(operation -> operation.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId));
    }

    /** A node of the current spec with its local {@code $ref} followed. */
    public static JsonNode resolve(JsonNode node) {
        return resolve(DOCUMENT, node);
    }

    /** Reads a version of the spec from a YAML (or JSON) file. */
    public static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spec " + file, e);
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static JsonNode readClassPath() {
        try (InputStream in = SpecDocument.class.getClassLoader().getResourceAsStream("openapi/app-intelligence.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the spec jar is not on the test class path");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
