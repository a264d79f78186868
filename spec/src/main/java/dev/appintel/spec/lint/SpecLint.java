package dev.appintel.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lint rules the spec is held to, over its raw tree (as written, {@code $ref}s unresolved).
 * Each rule returns its problems, each located by a JSON Pointer; an empty list means the rule
 * holds. {@link #all} runs every rule.
 */
public final class SpecLint {

    /** The rules' names, in the order {@link #all} runs them. */
    public static final List<String> RULES = List.of("operationIds", "tags", "summaryAndDescription",
            "requiredResponses", "successSchemas", "unusedComponents", "htmlInText", "globalSecurity",
            "singleServer", "examples", "parameterValues");

    /** Responses that every operation must declare. */
    public static final List<String> REQUIRED_RESPONSES = List.of("200", "401", "403", "422");

    private static final List<Function<JsonNode, List<LintProblem>>> CHECKS = List.of(SpecLint::operationIds,
            SpecLint::tags, SpecLint::summaryAndDescription, SpecLint::requiredResponses, SpecLint::successSchemas,
            SpecLint::unusedComponents, SpecLint::htmlInText, SpecLint::globalSecurity, SpecLint::singleServer,
            SpecLint::examples, SpecLint::parameterValues);

    /** By place, then by rule, so that the problems of one node stay together. */
    private static final Comparator<LintProblem> ORDER = Comparator.comparing(LintProblem::pointer)
            .thenComparingInt(problem -> RULES.indexOf(problem.rule()))
            .thenComparing(LintProblem::message);

    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?>");
    private static final Pattern SCHEMA_REF = Pattern.compile("#/components/schemas/[^/]+");
    private static final String JSON = "application/json";
    private static final String AUTH_TOKEN = "auth_token";

    private SpecLint() {
    }

    /**
     * Runs every rule of {@link #RULES} on the document.
     *
     * @return the problems sorted by JSON Pointer, then by rule in {@link #RULES} order, then by
     *         message; empty when the document passes every rule
     */
    public static List<LintProblem> all(JsonNode root) {
        List<LintProblem> problems = new ArrayList<>();
        CHECKS.forEach(check -> problems.addAll(check.apply(root)));
        problems.sort(ORDER);
        return List.copyOf(problems);
    }

    /** Every operation has an operationId, and no two share one. */
    public static List<LintProblem> operationIds(JsonNode root) {
        Findings found = new Findings("operationIds");
        Map<String, String> firstUse = new HashMap<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            String id = operation.node().path("operationId").asText("");
            if (id.isBlank()) {
                found.add(operation.pointer(), "no operationId");
            } else if (firstUse.putIfAbsent(id, operation.pointer()) != null) {
                found.add(operation.pointer(), "operationId '" + id + "' is also used at " + firstUse.get(id));
            }
        }
        return found.list();
    }

    /** Every operation has at least one tag, and each of its tags is declared in {@code /tags}. */
    public static List<LintProblem> tags(JsonNode root) {
        Set<String> declared = new HashSet<>();
        root.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        Findings found = new Findings("tags");
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            JsonNode tags = operation.node().path("tags");
            if (tags.isEmpty()) {
                found.add(operation.pointer(), "no tag");
            }
            for (int i = 0; i < tags.size(); i++) {
                if (!declared.contains(tags.get(i).asText())) {
                    found.add(operation.pointer() + "/tags/" + i,
                            "tag '" + tags.get(i).asText() + "' is not declared in /tags");
                }
            }
        }
        return found.list();
    }

    /** Every operation has a summary and a description. */
    public static List<LintProblem> summaryAndDescription(JsonNode root) {
        Findings found = new Findings("summaryAndDescription");
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            for (String field : List.of("summary", "description")) {
                if (operation.node().path(field).asText("").isBlank()) {
                    found.add(operation.pointer(), "no " + field);
                }
            }
        }
        return found.list();
    }

    /** Every operation declares the responses {@link #REQUIRED_RESPONSES}. */
    public static List<LintProblem> requiredResponses(JsonNode root) {
        Findings found = new Findings("requiredResponses");
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            for (String status : REQUIRED_RESPONSES) {
                if (!operation.node().path("responses").has(status)) {
                    found.add(operation.pointer() + "/responses", "no '" + status + "' response");
                }
            }
        }
        return found.list();
    }

    /**
     * Every 200 response has JSON content whose schema is a {@code $ref} to a named schema. A
     * response shared from {@code components/responses} is reported once, where it is declared.
     */
    public static List<LintProblem> successSchemas(JsonNode root) {
        Findings found = new Findings("successSchemas");
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            JsonNode response = operation.node().path("responses").path("200");
            String pointer = RawSpec.child(operation.pointer(), "responses", "200");
            if (response.path("$ref").isTextual()) {
                pointer = response.get("$ref").asText().substring(1);
                response = RawSpec.deref(root, response);
            }
            checkSuccessSchema(root, response, pointer, found);
        }
        return found.list();
    }

    private static void checkSuccessSchema(JsonNode root, JsonNode response, String pointer, Findings found) {
        JsonNode media = response.path("content").path(JSON);
        if (media.isMissingNode()) {
            found.add(pointer, "no " + JSON + " content");
            return;
        }
        String schemaPointer = RawSpec.child(pointer, "content", JSON, "schema");
        String ref = media.path("schema").path("$ref").asText("");
        if (!SCHEMA_REF.matcher(ref).matches()) {
            found.add(schemaPointer, "not a $ref to a schema in /components/schemas");
        } else if (RawSpec.target(root, ref).isMissingNode()) {
            found.add(schemaPointer, "$ref '" + ref + "' does not exist");
        }
    }

    /**
     * Every component is used: referenced by a {@code $ref} from outside itself or, for
     * security schemes, named in a security requirement.
     */
    public static List<LintProblem> unusedComponents(JsonNode root) {
        Map<String, List<String>> refsByLocation = new HashMap<>();
        RawSpec.walk(root, "", (pointer, node) -> {
            if (node.path("$ref").isTextual()) {
                refsByLocation.computeIfAbsent(pointer, k -> new ArrayList<>()).add(node.get("$ref").asText());
            }
        });
        Set<String> usedSchemes = securitySchemeNames(root);
        Findings found = new Findings("unusedComponents");
        root.path("components").properties().forEach(type -> type.getValue().properties().forEach(component -> {
            String pointer = RawSpec.pointer("components", type.getKey(), component.getKey());
            boolean used = type.getKey().equals("securitySchemes")
                    ? usedSchemes.contains(component.getKey())
                    : isReferenced(pointer, refsByLocation);
            if (!used) {
                found.add(pointer, "never referenced");
            }
        }));
        return found.list();
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
    public static List<LintProblem> htmlInText(JsonNode root) {
        Findings found = new Findings("htmlInText");
        findHtml(root, "", found);
        return found.list();
    }

    private static void findHtml(JsonNode node, String pointer, Findings found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findHtml(node.get(i), pointer + "/" + i, found);
            }
        }
        node.properties().forEach(field -> {
            String fieldPointer = RawSpec.child(pointer, field.getKey());
            if (isText(field.getKey()) && field.getValue().isTextual()) {
                Matcher tag = HTML_TAG.matcher(field.getValue().asText());
                if (tag.find()) {
                    found.add(fieldPointer, "HTML tag " + tag.group());
                }
            } else if (!isExampleData(pointer, field.getKey())) {
                findHtml(field.getValue(), fieldPointer, found);
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
    public static List<LintProblem> globalSecurity(JsonNode root) {
        Findings found = new Findings("globalSecurity");
        JsonNode security = root.path("security");
        if (security.isEmpty()) {
            found.add("/security", "no global security requirement");
            return found.list();
        }
        boolean usesAuthToken = false;
        for (int i = 0; i < security.size(); i++) {
            for (String name : (Iterable<String>) security.get(i)::fieldNames) {
                JsonNode scheme = root.path("components").path("securitySchemes").path(name);
                if (scheme.isMissingNode()) {
                    found.add("/security/" + i, "scheme '" + name + "' is not declared in /components/securitySchemes");
                }
                usesAuthToken |= isQueryAuthToken(scheme);
            }
        }
        if (!usesAuthToken) {
            found.add("/security", "no requirement uses an apiKey scheme named '" + AUTH_TOKEN + "' in query");
        }
        return found.list();
    }

    private static boolean isQueryAuthToken(JsonNode scheme) {
        return scheme.path("type").asText().equals("apiKey")
                && scheme.path("in").asText().equals("query")
                && scheme.path("name").asText().equals(AUTH_TOKEN);
    }

    /** The document declares exactly one server. */
    public static List<LintProblem> singleServer(JsonNode root) {
        Findings found = new Findings("singleServer");
        int count = root.path("servers").size();
        if (count != 1) {
            found.add("/servers", count + " servers, expected exactly one");
        }
        return found.list();
    }

    /**
     * Every example validates against the schema it illustrates: the {@code example} and each of
     * the {@code examples} (inline or a {@code $ref} to {@code components/examples}) of every media
     * type and header, and of every parameter {@link #parameterValues} does not check, against its
     * schema, and the {@code example} of every schema, nested ones included. Components are checked
     * where they are declared. A problem points at the failing value inside the example.
     */
    public static List<LintProblem> examples(JsonNode root) {
        return new ExamplesRule(root).check();
    }

    /**
     * Every parameter's {@code default} and examples pass the checks the generated client and mock
     * make of a sent value (enum, type, pattern, lengths, bounds, item counts, earliest date,
     * alignment): the API runtime's checker, so the three cannot disagree.
     */
    public static List<LintProblem> parameterValues(JsonNode root) {
        return new ParameterValuesRule(root).check();
    }
}
