package dev.appintel.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Reads response bodies as JSON trees. */
final class Bodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Bodies() {
    }

    static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
