package dev.appintel.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The {@code examples} rule: every example validates against the schema it illustrates.
 *
 * <p>It walks the operations (with their path items' parameters) and the components, checking
 * the {@code example} and each of the {@code examples} of every media type, parameter and header
 * against its {@code schema}, and the {@code example} of every schema, nested ones included,
 * against that schema. A named example may be a {@code $ref} to {@code components/examples}.
 * A {@code $ref} to a response, parameter, header, request body or schema is not followed: the
 * component is checked once, where it is declared.
 *
 * <p>A problem points at the failing value: the example's pointer, extended by the value's place
 * inside the example.
 */
final class ExamplesRule {

    private final JsonNode root;
    private final ExampleValidator validator;
    private final Findings found = new Findings("examples");

    ExamplesRule(JsonNode root) {
        this.root = root;
        this.validator = new ExampleValidator(root);
    }

    List<LintProblem> check() {
        root.path("paths").properties().forEach(pathItem -> each(pathItem.getValue().path("parameters"),
                RawSpec.pointer("paths", pathItem.getKey(), "parameters"), this::checkParameter));
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            checkOperation(operation.node(), operation.pointer());
        }
        JsonNode components = root.path("components");
        each(components.path("parameters"), "/components/parameters", this::checkParameter);
        each(components.path("headers"), "/components/headers", this::checkParameter);
        each(components.path("requestBodies"), "/components/requestBodies", this::checkBody);
        each(components.path("responses"), "/components/responses", this::checkResponse);
        each(components.path("schemas"), "/components/schemas", this::checkSchema);
        return found.list();
    }

    private void checkOperation(JsonNode operation, String pointer) {
        each(operation.path("parameters"), RawSpec.child(pointer, "parameters"), this::checkParameter);
        checkBody(operation.path("requestBody"), RawSpec.child(pointer, "requestBody"));
        each(operation.path("responses"), RawSpec.child(pointer, "responses"), this::checkResponse);
    }

    private void checkResponse(JsonNode response, String pointer) {
        checkContent(response.path("content"), RawSpec.child(pointer, "content"));
        each(response.path("headers"), RawSpec.child(pointer, "headers"), this::checkParameter);
    }

    private void checkBody(JsonNode body, String pointer) {
        checkContent(body.path("content"), RawSpec.child(pointer, "content"));
    }

    /**
     * A parameter or a header: both carry their examples beside their schema. The examples of a
     * parameter the API runtime binds are the {@code parameterValues} rule's.
     */
    private void checkParameter(JsonNode parameter, String pointer) {
        if (ParameterValuesRule.param(root, parameter).isEmpty()) {
            checkExamples(parameter, pointer);
        }
        checkSchema(parameter.path("schema"), RawSpec.child(pointer, "schema"));
        checkContent(parameter.path("content"), RawSpec.child(pointer, "content"));
    }

    private void checkContent(JsonNode content, String pointer) {
        each(content, pointer, (media, mediaPointer) -> {
            checkExamples(media, mediaPointer);
            checkSchema(media.path("schema"), RawSpec.child(mediaPointer, "schema"));
        });
    }

    /** The {@code example} and the named {@code examples} of a media type, parameter or header. */
    private void checkExamples(JsonNode holder, String pointer) {
        JsonNode schema = holder.path("schema");
        if (holder.has("example")) {
            validate(schema, holder.get("example"), RawSpec.child(pointer, "example"), "");
        }
        for (Map.Entry<String, JsonNode> example : holder.path("examples").properties()) {
            String usePointer = RawSpec.child(pointer, "examples", example.getKey());
            String declaredAt = declaration(usePointer);
            JsonNode value = root.at(declaredAt).path("value");
            // An externalValue, or a $ref that leads nowhere (a loader's problem), has no value here.
            if (!value.isMissingNode()) {
                String where = declaredAt.equals(usePointer) ? "" : " (as used at " + usePointer + ")";
                validate(schema, value, RawSpec.child(declaredAt, "value"), where);
            }
        }
    }

    /** A schema's {@code example}, then those of the schemas declared inside it. */
    private void checkSchema(JsonNode schema, String pointer) {
        if (!schema.isObject() || schema.has("$ref")) {
            return;
        }
        if (schema.has("example")) {
            validate(schema, schema.get("example"), RawSpec.child(pointer, "example"), "");
        }
        each(schema.path("properties"), RawSpec.child(pointer, "properties"), this::checkSchema);
        for (String keyword : List.of("items", "additionalProperties", "not")) {
            checkSchema(schema.path(keyword), RawSpec.child(pointer, keyword));
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode alternatives = schema.path(keyword);
            for (int i = 0; i < alternatives.size(); i++) {
                checkSchema(alternatives.get(i), RawSpec.child(pointer, keyword, String.valueOf(i)));
            }
        }
    }

    private void validate(JsonNode schema, JsonNode example, String pointer, String suffix) {
        for (ExampleValidator.Mismatch mismatch : validator.validate(schema, example)) {
            found.add(pointer + mismatch.instancePointer(), mismatch.message() + suffix);
        }
    }

    /**
     * Visits each entry of a map (or element of a list) of components or inline declarations,
     * skipping {@code $ref}s: what they refer to is checked where it is declared.
     */
    private static void each(JsonNode container, String pointer, BiConsumer<JsonNode, String> check) {
        if (container.isArray()) {
            for (int i = 0; i < container.size(); i++) {
                checkUnlessReference(container.get(i), pointer + "/" + i, check);
            }
        }
        container.properties().forEach(entry ->
                checkUnlessReference(entry.getValue(), RawSpec.child(pointer, entry.getKey()), check));
    }

    private static void checkUnlessReference(JsonNode node, String pointer, BiConsumer<JsonNode, String> check) {
        if (!node.has("$ref")) {
            check.accept(node, pointer);
        }
    }

    /** Where the node at {@code pointer} is declared: its own pointer, or the end of its local $refs. */
    private String declaration(String pointer) {
        String current = pointer;
        for (int hops = 0; hops < 20 && root.at(current).path("$ref").isTextual(); hops++) {
            String ref = root.at(current).get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            current = ref.substring(1);
        }
        return current;
    }
}
