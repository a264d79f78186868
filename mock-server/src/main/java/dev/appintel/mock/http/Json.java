package dev.appintel.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON writing for replies: one shared mapper, compact output. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Json() {
    }

    /** The compact JSON text of a value. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a value's compact JSON. */
    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"error": message}}. */
    static String error(String message) {
        return write(MAPPER.createObjectNode().put("error", message));
    }

    /** {@code {"errors": [{"title": problem}, ...]}}. */
    static String validationErrors(List<String> problems) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode errors = body.putArray("errors");
        problems.forEach(problem -> errors.addObject().put("title", problem));
        return write(body);
    }
}
