package dev.appintel.mock.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON writing for replies, compact. Trees are written by walking them with jackson-core's
 * generator, not through an {@link ObjectMapper}: setting a mapper's serializers up took about a
 * tenth of a second of the first request after launch, and the output is the same. Only the admin
 * API, which reads JSON and turns objects into trees, uses a mapper ({@link #mapper}).
 */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /**
     * Property names with their quoted UTF-8 bytes made once: the schemas' names repeat in every
     * body. Capped, since map keys (ids, dates) are names too and come from requests.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_NAMES = 4_096;

    /**
     * Each thread's output buffer, reused: growing a new one for every body made a tenth of all
     * the garbage of a request. One that grew past {@link #MAX_KEPT_BUFFER} is let go.
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(16 * 1024));
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
        ByteArrayOutputStream out = BUFFER.get();
        out.reset();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        if (out.size() > MAX_KEPT_BUFFER) {
            BUFFER.remove();
        }
        return bytes;
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

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    generator.writeFieldName(name(property.getKey()));
                    write(generator, property.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode item : node) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> writeNumber(generator, node);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    private static SerializableString name(String name) {
        SerializedString serialized = NAMES.get(name);
        if (serialized == null) {
            serialized = new SerializedString(name);
            if (NAMES.size() < MAX_NAMES) {
                NAMES.put(name, serialized);
            }
        }
        return serialized;
    }

    private static void writeNumber(JsonGenerator generator, JsonNode number) throws IOException {
        switch (number.numberType()) {
            case INT -> generator.writeNumber(number.intValue());
            case LONG -> generator.writeNumber(number.longValue());
            case BIG_INTEGER -> generator.writeNumber(number.bigIntegerValue());
            case FLOAT -> generator.writeNumber(number.floatValue());
            case DOUBLE -> generator.writeNumber(number.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(number.decimalValue());
        }
    }

    /** Holds the admin API's mapper, so that serving the API never builds one. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(FACTORY).build();
    }
}
