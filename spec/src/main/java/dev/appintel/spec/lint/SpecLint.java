package dev.appintel.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lint rules for the raw tree of the spec. Each rule returns its problems, each starting with
 * the JSON Pointer of the offending location; an empty list means the rule holds.
 */
public final class SpecLint {

    /** Responses that every operation must declare. */
    public static final List<String> REQUIRED_RESPONSES = List.of("200", "401", "403", "422");

    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?>");
    private static final Pattern SCHEMA_REF = Pattern.compile("#/components/schemas/[^/]+");
    private static final String JSON = "application/json";
    private static final String AUTH_TOKEN = "auth_token";

    private SpecLint() {
    }

    /** Every operation has an operationId, and no two share one. */
    public static List<String> operationIds(JsonNode root) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstUse = new HashMap<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            String id = operation.node().path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(operation.pointer() + ": no operationId");
            } else if (firstUse.putIfAbsent(id, operation.pointer()) != null) {
                problems.add(operation.pointer() + ": operationId '" + id + "' is also used at " + firstUse.get(id));
            }
        }
        return problems;
    }

    /** Every operation has at least one tag, and each of its tags is declared in {@code /tags}. */
    public static List<String> tags(JsonNode root) {
        Set<String> declared = new HashSet<>();
        root.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        List<String> problems = new ArrayList<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            JsonNode tags = operation.node().path("tags");
            if (tags.isEmpty()) {
                problems.add(operation.pointer() + ": no tag");
            }
            for (int i = 0; i < tags.size(); i++) {
                if (!declared.contains(tags.get(i).asText())) {
                    problems.add(operation.pointer() + "/tags/" + i + ": tag '" + tags.get(i).asText()
                            + "' is not declared in /tags");
                }
            }
        }
        return problems;
    }

    /** Every operation has a summary and a description. */
    public static List<String> summaryAndDescription(JsonNode root) {
        List<String> problems = new ArrayList<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            for (String field : List.of("summary", "description")) {
                if (operation.node().path(field).asText("").isBlank()) {
                    problems.add(operation.pointer() + ": no " + field);
                }
            }
        }
        return problems;
    }

    /** Every operation declares the responses {@link #REQUIRED_RESPONSES}. */
    public static List<String> requiredResponses(JsonNode root) {
        List<String> problems = new ArrayList<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            for (String status : REQUIRED_RESPONSES) {
                if (!operation.node().path("responses").has(status)) {
                    problems.add(operation.pointer() + "/responses: no '" + status + "' response");
                }
            }
        }
        return problems;
    }

    /** Every 200 response has JSON content whose schema is a {@code $ref} to a named schema. */
    public static List<String> successSchemas(JsonNode root) {
        List<String> problems = new ArrayList<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            JsonNode response = operation.node().path("responses").path("200");
            String pointer = RawSpec.child(operation.pointer(), "responses", "200");
            if (response.path("$ref").isTextual()) {
                pointer = response.get("$ref").asText().substring(1);
                response = RawSpec.deref(root, response);
            }
            checkSuccessSchema(root, response, pointer, problems);
        }
        // Operations that share a response from components/responses would repeat its problems.
        return problems.stream().distinct().toList();
    }

    private static void checkSuccessSchema(JsonNode root, JsonNode response, String pointer, List<String> problems) {
        JsonNode media = response.path("content").path(JSON);
        if (media.isMissingNode()) {
            problems.add(pointer + ": no " + JSON + " content");
            return;
        }
        String schemaPointer = RawSpec.child(pointer, "content", JSON, "schema");
        String ref = media.path("schema").path("$ref").asText("");
        if (!SCHEMA_REF.matcher(ref).matches()) {
            problems.add(schemaPointer + ": not a $ref to a schema in /components/schemas");
        } else if (RawSpec.target(root, ref).isMissingNode()) {
            problems.add(schemaPointer + ": $ref '" + ref + "' does not exist");
        }
    }

    /**
     * Every component is used: referenced by a {@code $ref} from outside itself or, for
     * security schemes, named in a security requirement.
     */
    public static List<String> unusedComponents(JsonNode root) {
        Map<String, List<String>> refsByLocation = new HashMap<>();
        RawSpec.walk(root, "", (pointer, node) -> {
            if (node.path("$ref").isTextual()) {
                refsByLocation.computeIfAbsent(pointer, k -> new ArrayList<>()).add(node.get("$ref").asText());
            }
        });
        Set<String> usedSchemes = securitySchemeNames(root);
        List<String> problems = new ArrayList<>();
        root.path("components").properties().forEach(type -> type.getValue().properties().forEach(component -> {
            String pointer = RawSpec.pointer("components", type.getKey(), component.getKey());
            boolean used = type.getKey().equals("securitySchemes")
                    ? usedSchemes.contains(component.getKey())
                    : isReferenced(pointer, refsByLocation);
            if (!used) {
                problems.add(pointer + ": never referenced");
            }
        }));
        return problems;
    }

    private static boolean isReferenced(String pointer, Map<String, List<String>> refsByLocation) {
        String target = "#" + pointer;
        return refsByLocation.entrySet().stream()
                .filter(refs -> !refs.getKey().equals(pointer) && !refs.getKey().startsWith(pointer + "/"))
                .flatMap(refs -> refs.getValue().stream())
                .anyMatch(ref -> ref.equals(target) || ref.startsWith(target + "/"));
    }

    private static Set<String> securitySchemeNames(JsonNode root) {
        Set<String> names = new HashSet<>();
        root.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(names::add));
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            operation.node().path("security")
                    .forEach(requirement -> requirement.fieldNames().forEachRemaining(names::add));
        }
        return names;
    }

    /** No {@code description} or {@code summary} anywhere (outside example data) holds an HTML tag. */
    public static List<String> htmlInText(JsonNode root) {
        List<String> problems = new ArrayList<>();
        findHtml(root, "", problems);
        return problems;
    }

    private static void findHtml(JsonNode node, String pointer, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findHtml(node.get(i), pointer + "/" + i, problems);
            }
        }
        node.properties().forEach(field -> {
            String fieldPointer = RawSpec.child(pointer, field.getKey());
            if (isText(field.getKey()) && field.getValue().isTextual()) {
                Matcher tag = HTML_TAG.matcher(field.getValue().asText());
                if (tag.find()) {
                    problems.add(fieldPointer + ": HTML tag " + tag.group());
                }
            } else if (!isExampleData(pointer, field.getKey())) {
                findHtml(field.getValue(), fieldPointer, problems);
            }
        });
    }

    private static boolean isText(String field) {
        return field.equals("description") || field.equals("summary");
    }

    /** Example values are data from the API, free to contain markup. */
    private static boolean isExampleData(String parentPointer, String field) {
        return field.equals("example")
                || field.equals("value") && parentPointer.matches(".*/examples/[^/]+");
    }

    /** The global security requirement uses the {@code auth_token} apiKey scheme, sent in the query. */
    public static List<String> globalSecurity(JsonNode root) {
        JsonNode security = root.path("security");
        if (security.isEmpty()) {
            return List.of("/security: no global security requirement");
        }
        List<String> problems = new ArrayList<>();
        boolean usesAuthToken = false;
        for (int i = 0; i < security.size(); i++) {
            for (String name : (Iterable<String>) security.get(i)::fieldNames) {
                JsonNode scheme = root.path("components").path("securitySchemes").path(name);
                if (scheme.isMissingNode()) {
                    problems.add("/security/" + i + ": scheme '" + name + "' is not declared in /components/securitySchemes");
                }
                usesAuthToken |= isQueryAuthToken(scheme);
            }
        }
        if (!usesAuthToken) {
            problems.add("/security: no requirement uses an apiKey scheme named '" + AUTH_TOKEN + "' in query");
        }
        return problems;
    }

    private static boolean isQueryAuthToken(JsonNode scheme) {
        return scheme.path("type").asText().equals("apiKey")
                && scheme.path("in").asText().equals("query")
                && scheme.path("name").asText().equals(AUTH_TOKEN);
    }

    /** The document declares exactly one server. */
    public static List<String> singleServer(JsonNode root) {
        int count = root.path("servers").size();
        return count == 1 ? List.of() : List.of("/servers: " + count + " servers, expected exactly one");
    }
}
