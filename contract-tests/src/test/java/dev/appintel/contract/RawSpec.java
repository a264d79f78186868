package dev.appintel.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The spec as written, read with Jackson's YAML reader from the spec module's jar: the tests' own
 * view of operations, parameters and schemas, independent of the generator.
 */
final class RawSpec {

    private static final JsonNode DOCUMENT = read();

    private RawSpec() {
    }

    /** The whole document. */
    static JsonNode document() {
        return DOCUMENT;
    }

    /** One operation as written: its path, operationId and node. */
    record Operation(String path, String operationId, JsonNode node) {

        /** The parameters, with component references resolved. */
        List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
            return parameters;
        }

        /** The schema of the 200 response's JSON body. */
        JsonNode successSchema() {
            return resolve(node.path("responses").path("200")).path("content").path("application/json").path("schema");
        }

        /** The {@code os} values the operation accepts; empty when its path has no {@code {os}}. */
        List<String> osValues() {
            List<String> values = new ArrayList<>();
            parameters().stream().filter(parameter -> parameter.path("name").asText().equals("os")
                    && parameter.path("in").asText().equals("path"))
                    .forEach(parameter -> parameter.path("schema").path("enum").forEach(value -> values.add(value.asText())));
            return values;
        }
    }

    /** Every GET operation, in spec order. */
    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = DOCUMENT.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            operations.add(new Operation(path.getKey(), get.path("operationId").asText(), get));
        }
        return operations;
    }

    /** The operation with this id. */
    static Operation operation(String operationId) {
        return operations().stream().filter(operation -> operation.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId));
    }

    /** A node with its local {@code $ref} followed. */
    static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = DOCUMENT.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static JsonNode read() {
        try (InputStream in = RawSpec.class.getClassLoader().getResourceAsStream("openapi/app-intelligence.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the spec jar is not on the test class path");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
