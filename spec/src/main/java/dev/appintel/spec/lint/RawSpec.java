package dev.appintel.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Navigation helpers over the raw (unresolved) tree of an OpenAPI document, with locations
 * written as JSON Pointers such as {@code /paths/~1v1~1{os}~1apps/get}.
 */
public final class RawSpec {

    /** The HTTP methods that may key an operation in a path item. */
    public static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static final String LOCAL_REF_PREFIX = "#";

    private RawSpec() {
    }

    /** An operation of the document: its method, path, node and JSON Pointer. */
    public record Operation(String method, String path, JsonNode node, String pointer) {

        /** The operationId, or {@code METHOD path} when there is none. */
        public String displayName() {
            String id = node.path("operationId").asText("");
            return id.isEmpty() ? method.toUpperCase() + " " + path : id;
        }
    }

    /** Lists every operation under {@code /paths}, in document order. */
    public static List<Operation> operations(JsonNode root) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    String pointer = pointer("paths", path.getKey(), entry.getKey());
                    operations.add(new Operation(entry.getKey(), path.getKey(), entry.getValue(), pointer));
                }
            }
        }
        return operations;
    }

    /** Follows a local {@code $ref} (repeatedly); returns the node itself when it has none. */
    public static JsonNode deref(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current.path("$ref").isTextual(); hops++) {
            current = target(root, current.get("$ref").asText());
        }
        return current;
    }

    /** The node a local reference such as {@code #/components/schemas/App} points to. */
    public static JsonNode target(JsonNode root, String ref) {
        if (!ref.startsWith(LOCAL_REF_PREFIX)) {
            return MissingNode.getInstance();
        }
        return root.at(ref.substring(LOCAL_REF_PREFIX.length()));
    }

    /** Visits a node and all its descendants, each with its JSON Pointer. */
    public static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(pointer, node);
        if (node.isObject()) {
            node.properties().forEach(field -> walk(field.getValue(), child(pointer, field.getKey()), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /** Builds a JSON Pointer from unescaped tokens. */
    public static String pointer(String... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(escape(token));
        }
        return pointer.toString();
    }

    /** Appends unescaped tokens to a JSON Pointer. */
    public static String child(String pointer, String... tokens) {
        return pointer + pointer(tokens);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
