package dev.appintel.spec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds valid requests for an operation from the spec as written: every required parameter (and
 * the first of a requires-one-of list) with a value its schema allows, dates inside the earliest
 * dates and on month boundaries, ids of the requested platform. References are resolved in the
 * operation's own document, so that a baseline version of the spec works as well as the current one.
 */
public final class ValidRequests {

    /** The parameters that choose the length of a period: one request per value in the matrix. */
    public static final Set<String> PERIOD_PARAMETERS = Set.of("date_granularity", "granularity", "time_period", "period");

    private ValidRequests() {
    }

    /** The query parameters of a valid request, in spec order. */
    public static Map<String, String> query(SpecDocument.Operation operation, String os) {
        List<String> oneOf = new ArrayList<>();
        operation.node().path("x-appintel-requires-one-of").forEach(name -> oneOf.add(name.asText()));
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            boolean wanted = parameter.path("required").asBoolean() || !oneOf.isEmpty() && oneOf.get(0).equals(name);
            if (wanted && parameter.path("in").asText().equals("query")) {
                query.put(name, value(operation, name, operation.resolve(parameter.path("schema")), os));
            }
        }
        return query;
    }

    /**
     * The operation's period parameter (granularity, time period or period) and its allowed values,
     * or an empty map when it has none.
     */
    public static Map<String, List<String>> periodValues(SpecDocument.Operation operation) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            JsonNode schema = operation.resolve(parameter.path("schema"));
            if (parameter.path("in").asText().equals("query") && PERIOD_PARAMETERS.contains(name) && schema.has("enum")) {
                List<String> list = new ArrayList<>();
                schema.path("enum").forEach(value -> list.add(value.asText()));
                values.put(name, list);
            }
        }
        return values;
    }

    /** The path and query of a request, with the token, percent-encoded. */
    public static String uri(SpecDocument.Operation operation, String os, Map<String, String> query, String token) {
        String path = operation.path().replace("{os}", os);
        Map<String, String> all = new LinkedHashMap<>(query);
        all.put("auth_token", token);
        return path + "?" + rawQuery(all);
    }

    /**
     * A query as a client sends it, each name and value percent-encoded except the commas, which
     * separate the items of a list.
     */
    public static String rawQuery(Map<String, String> query) {
        return query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()).replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }

    private static String value(SpecDocument.Operation operation, String name, JsonNode schema, String os) {
        if (schema.path("type").asText().equals("array")) {
            return value(operation, name, operation.resolve(schema.path("items")), os);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        if (schema.path("format").asText().equals("date")) {
            return name.startsWith("end") ? "2023-03-31" : "2023-01-01";
        }
        if (schema.path("type").asText().equals("integer")) {
            return schema.path("minimum").asText("1");
        }
        if (schema.path("type").asText().equals("boolean")) {
            return "true";
        }
        if (schema.path("pattern").asText().equals("^[A-Z]{2}$")) {
            return "US";
        }
        if (schema.path("pattern").asText().equals("^[0-9]+$")) {
            return "284882215";
        }
        return identifier(name, os);
    }

    private static String identifier(String name, String os) {
        if (name.contains("cohort")) {
            return "cohort_85b0b0a055f66ee9d9461187";
        }
        if (name.contains("app_id")) {
            return switch (os) {
                case "ios" -> "284882215";
                case "android" -> "com.facebook.katana";
                default -> "55c530a702ac64f9c0002dff";
            };
        }
        return name.contains("categor") ? "6014" : name.contains("publisher") ? "284882218" : "x";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
