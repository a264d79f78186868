package dev.appintel.generator.probe;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.appintel.generator.load.JsonPointers;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The spec as written, with its local {@code $ref}s followed on demand. Every node handed out comes
 * with its JSON Pointer in the spec, so that findings can say which schema they were checked against.
 */
final class SchemaTree {

    /** The vendor extension that marks a schema as inferred and deliberately tolerant. */
    static final String PROVISIONAL = "x-provisional";

    private final JsonNode document;

    SchemaTree(JsonNode document) {
        this.document = document;
    }

    /**
     * A node of the spec, its pointer, and whether a schema on the way to it (the node itself or a
     * schema a {@code $ref} passed through) is {@code x-provisional}.
     */
    record Located(JsonNode node, String pointer, boolean provisional) {

        /** The child {@code name} of this node (an index, for an array), not yet resolved. */
        Located child(String name) {
            JsonNode child = node.isArray() ? node.path(Integer.parseInt(name)) : node.path(name);
            return new Located(child, JsonPointers.child(pointer, name), provisional);
        }
    }

    /** The node at {@code pointer}, missing when there is none. */
    Located at(String pointer) {
        return new Located(document.at(JsonPointer.compile(pointer)), pointer, false);
    }

    /**
     * Follows {@code $ref}s from {@code start} to the node they lead to; a reference that leads
     * nowhere, or round in a circle, gives a missing node (the loader has refused such specs).
     */
    Located resolve(Located start) {
        Located current = start;
        boolean provisional = start.provisional() || isProvisional(start.node());
        Set<String> seen = new HashSet<>();
        while (current.node().has("$ref")) {
            String ref = current.node().path("$ref").asText();
            if (!ref.startsWith("#") || !seen.add(ref)) {
                return new Located(MissingNode.getInstance(), ref, provisional);
            }
            String pointer = ref.substring(1);
            JsonNode target = document.at(JsonPointer.compile(pointer));
            provisional |= isProvisional(target);
            current = new Located(target, pointer, provisional);
        }
        return new Located(current.node(), current.pointer(), provisional);
    }

    /**
     * The schema of the JSON body of the response declared for {@code status} by the operation at
     * {@code operationPointer}; empty when the response declares no JSON body.
     */
    Optional<Located> responseSchema(String operationPointer, int status) {
        Located response = resolve(at(operationPointer).child("responses").child(Integer.toString(status)));
        Located schema = response.child("content").child("application/json").child("schema");
        return schema.node().isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    private static boolean isProvisional(JsonNode node) {
        return node.path(PROVISIONAL).asBoolean(false);
    }
}
