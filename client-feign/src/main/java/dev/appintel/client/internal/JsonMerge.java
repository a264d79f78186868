package dev.appintel.client.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Merges the responses of a split call as the spec's rules say: the arrays at the {@code concat}
 * JSON Pointers ({@code ""} is the whole body) are concatenated in response order, and every other
 * field is taken from the first response. The inputs are not changed.
 */
public final class JsonMerge {

    private JsonMerge() {
    }

    /**
     * Merges the responses.
     *
     * @param responses the response bodies, in request order; at least one
     * @param concat    the JSON Pointers of the arrays to concatenate
     * @return the merged body; the only response itself when there is one
     */
    public static JsonNode merge(List<JsonNode> responses, List<String> concat) {
        if (responses.size() == 1) {
            return responses.get(0);
        }
        JsonNode merged = responses.get(0).deepCopy();
        for (String pointer : concat) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            for (JsonNode response : responses) {
                JsonNode part = response.at(pointer);
                if (part.isArray()) {
                    all.addAll((ArrayNode) part);
                }
            }
            merged = put(merged, JsonPointer.compile(pointer), all);
        }
        return merged;
    }

    /** {@code root} with the value at {@code pointer} replaced; the root itself for {@code ""}. */
    private static JsonNode put(JsonNode root, JsonPointer pointer, ArrayNode value) {
        if (pointer.matches()) {
            return value;
        }
        JsonNode parent = root.at(pointer.head());
        if (parent instanceof ObjectNode object) {
            object.set(pointer.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array && pointer.last().mayMatchElement()) {
            array.set(pointer.last().getMatchingIndex(), value);
        }
        return root;
    }
}
