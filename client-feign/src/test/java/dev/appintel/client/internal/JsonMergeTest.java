package dev.appintel.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonMergeTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void arraysAtThePointersAreConcatenatedAndTheRestComesFromTheFirst() throws Exception {
        JsonNode merged = JsonMerge.merge(List.of(json("{\"a\": [1], \"b\": {\"c\": [\"x\"]}, \"n\": 1}"),
                json("{\"a\": [2, 3], \"b\": {\"c\": []}, \"n\": 2}"), json("{\"n\": 3, \"b\": {\"c\": [\"y\"]}}")),
                List.of("/a", "/b/c"));

        assertThat(merged).isEqualTo(json("{\"a\": [1, 2, 3], \"b\": {\"c\": [\"x\", \"y\"]}, \"n\": 1}"));
    }

    @Test
    void theEmptyPointerConcatenatesBareArraysAndInputsStayUnchanged() throws Exception {
        JsonNode first = json("[1]");

        assertThat(JsonMerge.merge(List.of(first, json("[2]")), List.of(""))).isEqualTo(json("[1, 2]"));
        assertThat(first).isEqualTo(json("[1]"));
    }

    @Test
    void anArrayMissingFromTheFirstResponseIsAdded() throws Exception {
        assertThat(JsonMerge.merge(List.of(json("{}"), json("{\"a\": [1]}")), List.of("/a"))).isEqualTo(json("{\"a\": [1]}"));
    }

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text);
    }
}
