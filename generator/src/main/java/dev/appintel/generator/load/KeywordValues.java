package dev.appintel.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks the values that Swagger Parser takes without a word when they are wrong, in every schema,
 * parameter, header and request body of the document as written, used or not: a schema's
 * {@code type} must be one of OpenAPI's six ({@code type: date} would otherwise read as a schema
 * without a type), flags such as {@code required} and {@code nullable} must be booleans
 * ({@code required: yes please} would read as not required), and limits such as {@code maxItems}
 * must be numbers. Each problem is reported at the value at fault. References are checked where
 * they lead, not where they are written.
 */
final class KeywordValues {

    private static final Set<String> TYPES = Set.of("array", "boolean", "integer", "number", "object", "string");
    private static final List<String> SCHEMA_FLAGS = List.of("nullable", "readOnly", "writeOnly", "uniqueItems",
            "exclusiveMinimum", "exclusiveMaximum", "deprecated");
    private static final List<String> PARAMETER_FLAGS = List.of("required", "deprecated", "allowEmptyValue", "explode",
            "allowReserved");
    private static final List<String> NUMBERS = List.of("minimum", "maximum", "multipleOf");
    private static final List<String> COUNTS = List.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final SpecProblems problems;

    private KeywordValues(SpecProblems problems) {
        this.problems = problems;
    }

    /** Reports every value at fault in {@code document}. */
    static void check(JsonNode document, SpecProblems problems) {
        new KeywordValues(problems).document(document);
    }

    private void document(JsonNode document) {
        each(document.path("paths"), "/paths", this::pathItem);
        JsonNode components = document.path("components");
        each(components.path("schemas"), "/components/schemas", this::schema);
        each(components.path("parameters"), "/components/parameters", this::parameter);
        each(components.path("headers"), "/components/headers", this::parameter);
        each(components.path("responses"), "/components/responses", this::response);
        each(components.path("requestBodies"), "/components/requestBodies", this::requestBody);
    }

    private void pathItem(JsonNode item, String pointer) {
        elements(item.path("parameters"), pointer + "/parameters", this::parameter);
        for (String method : METHODS) {
            JsonNode operation = item.path(method);
            String at = pointer + "/" + method;
            elements(operation.path("parameters"), at + "/parameters", this::parameter);
            if (operation.has("requestBody")) {
                requestBody(operation.get("requestBody"), at + "/requestBody");
            }
            each(operation.path("responses"), at + "/responses", this::response);
        }
    }

    /** A parameter or a header: its flags, its schema and the schemas of its content. */
    private void parameter(JsonNode parameter, String pointer) {
        if (!parameter.isObject() || parameter.has("$ref")) {
            return;
        }
        PARAMETER_FLAGS.forEach(flag -> flag(parameter, pointer, flag));
        if (parameter.has("schema")) {
            schema(parameter.get("schema"), pointer + "/schema");
        }
        content(parameter, pointer);
    }

    private void response(JsonNode response, String pointer) {
        if (!response.isObject() || response.has("$ref")) {
            return;
        }
        each(response.path("headers"), pointer + "/headers", this::parameter);
        content(response, pointer);
    }

    private void requestBody(JsonNode body, String pointer) {
        if (!body.isObject() || body.has("$ref")) {
            return;
        }
        flag(body, pointer, "required");
        content(body, pointer);
    }

    private void content(JsonNode owner, String pointer) {
        each(owner.path("content"), pointer + "/content", (media, at) -> {
            if (media.has("schema")) {
                schema(media.get("schema"), at + "/schema");
            }
        });
    }

    private void schema(JsonNode schema, String pointer) {
        if (!schema.isObject() || schema.has("$ref")) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual() && !TYPES.contains(type.textValue())) {
            problems.report(pointer + "/type", "unknown type '" + type.textValue() + "'; OpenAPI 3.0's types are array,"
                    + " boolean, integer, number, object and string" + formatHint(type.textValue()));
        }
        SCHEMA_FLAGS.forEach(flag -> flag(schema, pointer, flag));
        NUMBERS.forEach(keyword -> number(schema, pointer, keyword, false));
        COUNTS.forEach(keyword -> number(schema, pointer, keyword, true));
        each(schema.path("properties"), pointer + "/properties", this::schema);
        for (String single : List.of("items", "additionalProperties", "not")) {
            if (schema.has(single)) {
                schema(schema.get(single), pointer + "/" + single);
            }
        }
        for (String list : List.of("allOf", "anyOf", "oneOf")) {
            elements(schema.path(list), pointer + "/" + list, this::schema);
        }
    }

    /** For types that are formats: {@code date} is {@code type: string, format: date}. */
    private static String formatHint(String type) {
        return switch (type) {
            case "date", "date-time", "byte", "binary", "password" -> " (" + type + " is {type: string, format: " + type
                    + "})";
            case "int32", "int64" -> " (" + type + " is {type: integer, format: " + type + "})";
            case "float", "double" -> " (" + type + " is {type: number, format: " + type + "})";
            default -> "";
        };
    }

    private void flag(JsonNode owner, String pointer, String name) {
        JsonNode value = owner.get(name);
        if (value != null && !value.isBoolean()) {
            problems.report(pointer + "/" + name, name + " must be true or false, not " + value);
        }
    }

    /** A limit given as a scalar of another type; Swagger Parser reports lists and mappings itself. */
    private void number(JsonNode schema, String pointer, String name, boolean count) {
        JsonNode value = schema.get(name);
        if (value == null || value.isContainerNode()) {
            return;
        }
        boolean valid = count ? value.isIntegralNumber() && value.asLong() >= 0 : value.isNumber();
        if (!valid) {
            problems.report(pointer + "/" + name, name + " must be " + (count ? "a whole number of at least 0" : "a number")
                    + ", not " + value);
        }
    }

    private static void each(JsonNode mapping, String pointer, BiConsumer<JsonNode, String> check) {
        if (mapping.isObject()) {
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) mapping::fields) {
                check.accept(entry.getValue(), JsonPointers.child(pointer, entry.getKey()));
            }
        }
    }

    private static void elements(JsonNode sequence, String pointer, BiConsumer<JsonNode, String> check) {
        if (sequence.isArray()) {
            for (int i = 0; i < sequence.size(); i++) {
                check.accept(sequence.get(i), JsonPointers.child(pointer, i));
            }
        }
    }
}
