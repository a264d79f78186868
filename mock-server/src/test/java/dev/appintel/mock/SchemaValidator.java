package dev.appintel.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.appintel.spec.testing.SpecDocument;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates response bodies against the spec's schemas with the networknt validator's OpenAPI 3.0
 * dialect (formats asserted), as the spec module validates its examples: an oracle that owes
 * nothing to the generated code.
 */
final class SchemaValidator {

    private static final String BASE_IRI = "https://appintel.dev/mock-test/schema-";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final AtomicInteger count = new AtomicInteger();

    /** The validation errors of {@code body} against {@code schema}; empty when valid. */
    List<String> validate(JsonNode schema, String body) {
        ObjectNode document = schema.deepCopy();
        document.set("components", SpecDocument.document().path("components"));
        Schema compiled = registry.getSchema(SchemaLocation.of(BASE_IRI + count.incrementAndGet() + ".json"),
                write(document), InputFormat.JSON);
        return compiled.validate(body, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
