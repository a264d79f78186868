package dev.appintel.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.testing.SpecDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pact bodies and query matchers written from the spec's schemas as written (not from generated
 * code): every required, non-nullable property with a type matcher, or a regex matcher for dates,
 * enums and patterns, and every list as "at least zero items like this one". Any response valid
 * against the schema therefore satisfies the body; optional, nullable and untyped properties are
 * left free, and so are {@code oneOf} properties, except a {@code oneOf} of scalars with a string
 * among them (an id that is an integer or a string), matched by a regex.
 */
final class PactBodies {

    static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T.+$";

    /** The operation whose document references are resolved in (the current spec or a baseline). */
    private final SpecDocument.Operation operation;

    private PactBodies(SpecDocument.Operation operation) {
        this.operation = operation;
    }

    /** The body of an operation's 200 response. */
    static DslPart success(SpecDocument.Operation operation, String requestPath) {
        String[] segments = requestPath.split("/");
        return new PactBodies(operation).body(operation.successSchema(), segments.length > 2 ? segments[2] : "");
    }

    /**
     * A body that any instance of {@code schema} satisfies; of a {@code oneOf}, the alternative
     * whose name holds {@code os} ({@code IosSalesEstimate} for {@code ios}) is used.
     */
    private DslPart body(JsonNode schema, String os) {
        JsonNode resolved = choose(schema, os);
        if (resolved.path("type").asText().equals("array")) {
            JsonNode items = choose(resolved.path("items"), os);
            if (isObject(items)) {
                PactDslJsonBody template = PactDslJsonArray.arrayMinLike(0, 1);
                fill(template, items, os, discriminating(operation.resolve(resolved.path("items")), items));
                return template.closeObject();
            }
            return PactDslJsonArray.arrayMinLike(0, 1, scalar(items).orElse(PactDslJsonRootValue.stringType("x")));
        }
        PactDslJsonBody body = new PactDslJsonBody();
        fill(body, resolved, os, discriminating(operation.resolve(schema), resolved));
        return body;
    }

    /** The schema, references followed; of a {@code oneOf}, the alternative named after {@code os}. */
    private JsonNode choose(JsonNode schema, String os) {
        JsonNode resolved = operation.resolve(schema);
        if (!resolved.has("oneOf") || os.isEmpty()) {
            return resolved;
        }
        for (JsonNode alternative : resolved.path("oneOf")) {
            String name = alternative.path("$ref").asText();
            if (name.substring(name.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT).startsWith(os)) {
                return operation.resolve(alternative);
            }
        }
        return resolved;
    }

    /**
     * The required properties of a {@code oneOf}'s alternative that no other alternative requires: the
     * client tells the alternatives apart by them, so they are matched even when nullable.
     */
    private java.util.Set<String> discriminating(JsonNode parent, JsonNode chosen) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (!parent.has("oneOf") || parent == chosen) {
            return names;
        }
        chosen.path("required").forEach(name -> names.add(name.asText()));
        for (JsonNode alternative : parent.path("oneOf")) {
            JsonNode other = operation.resolve(alternative);
            if (!other.equals(chosen)) {
                other.path("required").forEach(name -> names.remove(name.asText()));
            }
        }
        return names;
    }

    private void fill(PactDslJsonBody body, JsonNode schema, String os) {
        fill(body, schema, os, java.util.Set.of());
    }

    private void fill(PactDslJsonBody body, JsonNode schema, String os, java.util.Set<String> keep) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (String name : required) {
            JsonNode property = operation.resolve(schema.path("properties").path(name));
            if (property.isMissingNode() || property.path("nullable").asBoolean() && !keep.contains(name)
                    || property.has("anyOf")) {
                continue;
            }
            if (property.has("oneOf")) {
                addScalarUnion(body, name, property);
                continue;
            }
            String type = property.path("type").asText();
            if (isObject(property)) {
                PactDslJsonBody child = body.object(name);
                fill(child, property, os);
                child.closeObject();
            } else if (type.equals("array")) {
                JsonNode items = choose(property.path("items"), os);
                if (isObject(items)) {
                    PactDslJsonBody template = body.minArrayLike(name, 0, 1);
                    fill(template, items, os, discriminating(operation.resolve(property.path("items")), items));
                    template.closeObject().closeArray();
                } else {
                    Optional<PactDslJsonRootValue> value = scalar(items);
                    if (value.isPresent() && !items.path("nullable").asBoolean()) {
                        body.minArrayLike(name, 0, value.get(), 1);
                    }
                }
            } else {
                addScalar(body, name, property);
            }
        }
    }

    /** An object, or a {@code oneOf} of objects (matched as an object, its properties left free). */
    private boolean isObject(JsonNode schema) {
        if (schema.has("oneOf")) {
            for (JsonNode alternative : schema.path("oneOf")) {
                if (!isObject(operation.resolve(alternative))) {
                    return false;
                }
            }
            return true;
        }
        return schema.path("type").asText().equals("object") || !schema.has("type") && schema.has("properties");
    }

    private static void addScalar(PactDslJsonBody body, String name, JsonNode schema) {
        switch (schema.path("type").asText()) {
            case "string" -> {
                String regex = regex(schema);
                if (regex == null) {
                    body.stringType(name, "x");
                } else {
                    body.stringMatcher(name, regex, example(schema));
                }
            }
            case "integer" -> body.integerType(name, schema.path("minimum").asLong(1));
            case "number" -> body.numberType(name, schema.path("minimum").asDouble(1));
            case "boolean" -> body.booleanType(name, true);
            default -> {
                // untyped: any value passes
            }
        }
    }

    /**
     * A {@code oneOf} of scalars with a string among them ({@code AppId}: an integer or a string), as
     * a regex matcher on the value's text, which Pact applies to numbers too; the example is a string,
     * so that the client has the property to tell a row's alternative by. Any other {@code oneOf} is
     * left free: Pact V3 has no matcher for "this type or that".
     */
    private void addScalarUnion(PactDslJsonBody body, String name, JsonNode schema) {
        List<String> alternatives = new ArrayList<>();
        JsonNode string = null;
        for (JsonNode alternative : schema.path("oneOf")) {
            JsonNode resolved = operation.resolve(alternative);
            String regex = regex(resolved);
            switch (resolved.path("type").asText()) {
                case "string" -> {
                    string = resolved;
                    alternatives.add(regex == null ? ".*" : regex.substring(1, regex.length() - 1));
                }
                case "integer" -> alternatives.add("-?\\d+");
                case "number" -> alternatives.add("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
                case "boolean" -> alternatives.add("true|false");
                default -> {
                    return;
                }
            }
        }
        if (string != null) {
            body.stringMatcher(name, "^(" + String.join("|", alternatives) + ")$", example(string));
        }
    }

    private static Optional<PactDslJsonRootValue> scalar(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "string" -> {
                String regex = regex(schema);
                yield Optional.of(regex == null ? PactDslJsonRootValue.stringType("x")
                        : PactDslJsonRootValue.stringMatcher(regex, example(schema)));
            }
            case "integer" -> Optional.of(PactDslJsonRootValue.integerType(schema.path("minimum").asLong(1)));
            case "number" -> Optional.of(PactDslJsonRootValue.numberType(schema.path("minimum").asDouble(1)));
            case "boolean" -> Optional.of(PactDslJsonRootValue.booleanType(true));
            default -> Optional.empty();
        };
    }

    /** The regex a string of this schema matches, or null when any string is allowed. */
    static String regex(JsonNode schema) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(escape(value.asText())));
            return "^(" + String.join("|", values) + ")$";
        }
        return switch (schema.path("format").asText()) {
            case "date" -> DATE;
            case "date-time" -> DATE_TIME;
            default -> knownPattern(schema.path("pattern").asText());
        };
    }

    /** Escapes regex metacharacters with backslashes (portable, unlike Java's \\Q...\\E). */
    private static String escape(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static String knownPattern(String pattern) {
        return pattern.equals("^[A-Z]{2}$") || pattern.equals("^[0-9]+$") ? pattern : null;
    }

    private static String example(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        return switch (schema.path("format").asText()) {
            case "date" -> "2024-01-01";
            case "date-time" -> "2024-01-01T00:00:00Z";
            default -> schema.path("pattern").asText().equals("^[A-Z]{2}$") ? "US" : "284882215";
        };
    }
}
