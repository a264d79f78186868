package dev.appintel.spec.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates JSON instances against schemas of an OpenAPI 3.0 document with the networknt
 * validator's OpenAPI 3.0 dialect, which understands {@code nullable} and ignores {@code x-}
 * extensions. Formats ({@code date}, {@code date-time}, ...) are asserted.
 *
 * <p>Each schema is validated inside a copy of the document's {@code components}, so that
 * {@code $ref: '#/components/schemas/...'} resolves as it does in the spec.
 */
public final class ExampleValidator {

    /** Names the schemas for the validator's cache; nothing is ever fetched from it. */
    private static final String BASE_IRI = "https://appintel.dev/spec-lint/schema-";
    private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer();

    private final SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final AtomicInteger schemaCount = new AtomicInteger();
    private final JsonNode components;

    /**
     * One way an instance fails its schema.
     *
     * @param instancePointer the JSON Pointer of the failing value inside the instance; empty for
     *                        the instance itself (and when the schema itself is unusable)
     * @param message         what is wrong, in the validator's words
     */
    public record Mismatch(String instancePointer, String message) {
    }

    /** Creates a validator for schemas of the given document (its raw tree). */
    public ExampleValidator(JsonNode document) {
        this.components = document.path("components");
    }

    /**
     * Returns how {@code instance} fails {@code schema}, or the reason the schema itself is
     * unusable (such as a dangling {@code $ref}); empty when the instance is valid.
     */
    public List<Mismatch> validate(JsonNode schema, JsonNode instance) {
        if (!schema.isObject()) {
            return List.of(new Mismatch("", "no schema to validate against"));
        }
        try {
            List<Error> errors = compile((ObjectNode) schema).validate(toJson(instance), InputFormat.JSON);
            return errors.stream().map(error -> new Mismatch(pointer(error.getInstanceLocation()), error.getMessage()))
                    .toList();
        } catch (SchemaException e) {
            return List.of(new Mismatch("", "invalid schema: " + e.getMessage()));
        }
    }

    private Schema compile(ObjectNode schema) {
        ObjectNode document = schema.deepCopy();
        document.set("components", components);
        // A distinct location per schema, so that the registry's cache never mixes them up.
        SchemaLocation location = SchemaLocation.of(BASE_IRI + schemaCount.incrementAndGet() + ".json");
        return registry.getSchema(location, toJson(document), InputFormat.JSON);
    }

    /** The path as a JSON Pointer, whichever notation the validator is configured to print. */
    private static String pointer(NodePath path) {
        String[] tokens = new String[path.getNameCount()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = String.valueOf(path.getElement(i));
        }
        return RawSpec.pointer(tokens);
    }

    private static String toJson(JsonNode node) {
        try {
            return JSON_WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
