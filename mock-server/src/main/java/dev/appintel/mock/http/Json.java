package dev.appintel.mock.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON writing for replies, compact. Trees are written by {@link JsonWriter}, not through an
 * {@link ObjectMapper}: setting a mapper's serializers up took about a tenth of a second of the
 * first request after launch, and the output is the same. Only the admin API, which reads JSON
 * and turns objects into trees, uses a mapper ({@link #mapper}).
 */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /**
     * Each thread's writer, its array reused: growing a new one for every body made a tenth of all
     * the garbage of a request. One that grew past {@link #MAX_KEPT_BUFFER} is let go.
     */
    private static final ThreadLocal<JsonWriter> WRITER = ThreadLocal.withInitial(() -> new JsonWriter(16 * 1024));
    private static final int MAX_KEPT_BUFFER = 256 * 1024;

    private Json() {
    }

    /** The mapper of the admin API, made on first use. */
    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** A new, empty object node. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The compact JSON text of a tree. */
    static String write(JsonNode tree) {
        return new String(bytes(tree), StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of a tree's compact JSON. */
    static byte[] bytes(JsonNode tree) {
        return bytes(writer -> writer.value(tree));
    }

    /** The UTF-8 bytes of the compact JSON that {@code writing} writes with this thread's writer. */
    static byte[] bytes(Consumer<JsonWriter> writing) {
        JsonWriter writer = WRITER.get();
        writer.reset();
        try {
            writing.accept(writer);
            return writer.toByteArray();
        } finally {
            // also when the writing fails, e.g. a body refused as too large after its first rows
            if (writer.capacity() > MAX_KEPT_BUFFER) {
                WRITER.remove();
            }
        }
    }

    /** {@code {"error": message}}. */
    static String error(String message) {
        return write(object().put("error", message));
    }

    /** {@code {"errors": [{"title": problem}, ...]}}. */
    static String validationErrors(List<String> problems) {
        ObjectNode body = object();
        ArrayNode errors = body.putArray("errors");
        problems.forEach(problem -> errors.addObject().put("title", problem));
        return write(body);
    }

    /** Holds the admin API's mapper, so that serving the API never builds one. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(FACTORY).build();
    }
}
