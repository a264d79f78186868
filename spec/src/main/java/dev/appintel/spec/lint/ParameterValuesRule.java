package dev.appintel.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.PathTemplate;
import dev.appintel.runtime.QueryString;
import dev.appintel.runtime.RequestBinder;
import dev.appintel.runtime.Rules;
import dev.appintel.runtime.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code parameterValues} rule: a parameter's {@code default} and examples pass the checks
 * the generated client and mock make of a value sent for it. The checks are the API runtime's
 * ({@link RequestBinder}), so the lint, the client and the mock cannot disagree on what a valid
 * value is. A parameter whose schema is not a scalar or a list of scalars is left to the
 * generator, which refuses it. The examples of the parameters checked here are not checked again
 * by the {@code examples} rule.
 */
final class ParameterValuesRule {

    private final JsonNode root;
    private final Findings found = new Findings("parameterValues");

    ParameterValuesRule(JsonNode root) {
        this.root = root;
    }

    List<LintProblem> check() {
        declared(root.path("components").path("parameters"), "/components/parameters");
        root.path("paths").properties().forEach(path -> {
            String pathPointer = RawSpec.pointer("paths", path.getKey());
            declared(path.getValue().path("parameters"), RawSpec.child(pathPointer, "parameters"));
            path.getValue().properties().forEach(entry -> {
                if (RawSpec.HTTP_METHODS.contains(entry.getKey())) {
                    declared(entry.getValue().path("parameters"),
                            RawSpec.child(pathPointer, entry.getKey(), "parameters"));
                }
            });
        });
        return found.list();
    }

    /** The parameters declared in a list or map; a {@code $ref} is checked where it leads. */
    private void declared(JsonNode parameters, String pointer) {
        if (parameters.isArray()) {
            for (int i = 0; i < parameters.size(); i++) {
                checkUnlessReference(parameters.get(i), pointer + "/" + i);
            }
        }
        parameters.properties().forEach(entry -> checkUnlessReference(entry.getValue(),
                RawSpec.child(pointer, entry.getKey())));
    }

    private void checkUnlessReference(JsonNode parameter, String pointer) {
        if (parameter.has("$ref")) {
            return;
        }
        param(root, parameter).ifPresent(param -> {
            JsonNode schema = RawSpec.deref(root, parameter.path("schema"));
            if (schema.has("default")) {
                check(param, schema.get("default"), RawSpec.child(pointer, "schema", "default"));
            }
            if (parameter.has("example")) {
                check(param, parameter.get("example"), RawSpec.child(pointer, "example"));
            }
            parameter.path("examples").properties().forEach(example -> {
                JsonNode declaration = RawSpec.deref(root, example.getValue());
                if (declaration.has("value")) {
                    check(param, declaration.get("value"), RawSpec.child(pointer, "examples", example.getKey(), "value"));
                }
            });
        });
    }

    /** Binds the value as if it were sent, to a one-parameter operation, and reports its problems. */
    private void check(Param param, JsonNode value, String pointer) {
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(item.asText()));
        } else {
            items.add(value.asText());
        }
        OperationSpec operation = new OperationSpec("lint", "GET", PathTemplate.of("/"), "", List.of(param),
                Rules.NONE, List.of());
        String text = String.join(",", items);
        QueryString query;
        try {
            query = QueryString.parse(param.location() == Param.Location.QUERY ? wire(param, items) : "", items.size());
        } catch (QueryString.MalformedQueryException e) {
            throw new IllegalStateException("an encoded query always parses", e);
        }
        Map<String, String> path = param.location() == Param.Location.PATH ? Map.of(param.name(), text) : Map.of();
        Map<String, List<String>> headers = param.location() == Param.Location.HEADER
                ? Map.of(param.name(), List.of(text)) : Map.of();
        RequestBinder.bind(operation, path, query, headers).problems().forEach(problem -> found.add(pointer, problem));
    }

    /** The query a client sends for these items, as the parameter's encoding says. */
    private static String wire(Param param, List<String> items) {
        String key = QueryString.encode(param.name()) + "=";
        return switch (param.encoding()) {
            case SINGLE -> key + QueryString.encode(items.get(0));
            case COMMA_JOINED -> key + QueryString.joinItems(items);
            case REPEATED -> String.join("&", items.stream().map(item -> key + QueryString.encode(item)).toList());
        };
    }

    /**
     * The runtime's view of a raw parameter, or empty for one the runtime does not bind (a
     * response header, a cookie, an object), whose examples the {@code examples} rule checks.
     */
    static Optional<Param> param(JsonNode root, JsonNode parameter) {
        JsonNode schema = RawSpec.deref(root, parameter.path("schema"));
        boolean list = schema.path("type").asText().equals("array");
        JsonNode value = list ? RawSpec.deref(root, schema.path("items")) : schema;
        Optional<ScalarKind> kind = kind(value);
        Optional<Param.Location> location = location(parameter.path("in").asText());
        if (kind.isEmpty() || location.isEmpty()) {
            return Optional.empty();
        }
        Param param = Param.of(parameter.path("name").asText(), location.get(), kind.get());
        if (list) {
            String style = parameter.path("style").asText(location.get() == Param.Location.QUERY ? "form" : "simple");
            boolean explode = parameter.path("explode").asBoolean(style.equals("form"));
            param = param.encodedAs(style.equals("form") && explode ? Param.Encoding.REPEATED : Param.Encoding.COMMA_JOINED);
        }
        if (value.has("enum")) {
            List<String> allowed = new ArrayList<>();
            value.get("enum").forEach(constant -> allowed.add(constant.asText()));
            param = param.allowing(allowed.toArray(String[]::new));
        }
        param = param.withLimits(limits(value, list ? schema : null));
        JsonNode earliest = parameter.path("x-appintel-earliest-date");
        if (earliest.isTextual()) {
            param = param.withEarliestDate(earliest.asText());
        }
        String alignment = parameter.path("x-appintel-date-alignment").asText("");
        if (alignment.equals("month-start")) {
            param = param.alignedTo(Param.Alignment.MONTH_START);
        } else if (alignment.equals("month-end")) {
            param = param.alignedTo(Param.Alignment.MONTH_END);
        }
        return Optional.of(param);
    }

    private static Limits limits(JsonNode value, JsonNode list) {
        Limits limits = Limits.NONE;
        if (value.path("pattern").isTextual()) {
            limits = limits.withPattern(value.get("pattern").asText());
        }
        if (value.path("minLength").isInt()) {
            limits = limits.withMinLength(value.get("minLength").asInt());
        }
        if (value.path("maxLength").isInt()) {
            limits = limits.withMaxLength(value.get("maxLength").asInt());
        }
        if (value.path("minimum").isNumber()) {
            limits = limits.withMinimum(value.get("minimum").decimalValue().toPlainString());
        }
        if (value.path("maximum").isNumber()) {
            limits = limits.withMaximum(value.get("maximum").decimalValue().toPlainString());
        }
        if (list != null && list.path("minItems").isInt()) {
            limits = limits.withMinItems(list.get("minItems").asInt());
        }
        if (list != null && list.path("maxItems").isInt()) {
            limits = limits.withMaxItems(list.get("maxItems").asInt());
        }
        return limits;
    }

    private static Optional<ScalarKind> kind(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (schema.path("type").asText("")) {
            case "string" -> Optional.of(format.equals("date") ? ScalarKind.DATE
                    : format.equals("date-time") ? ScalarKind.DATE_TIME : ScalarKind.STRING);
            case "integer" -> Optional.of(format.equals("int64") ? ScalarKind.INT64 : ScalarKind.INT32);
            case "number" -> Optional.of(ScalarKind.NUMBER);
            case "boolean" -> Optional.of(ScalarKind.BOOLEAN);
            default -> Optional.empty();
        };
    }

    private static Optional<Param.Location> location(String in) {
        return switch (in) {
            case "query" -> Optional.of(Param.Location.QUERY);
            case "path" -> Optional.of(Param.Location.PATH);
            case "header" -> Optional.of(Param.Location.HEADER);
            default -> Optional.empty();
        };
    }
}
