package dev.appintel.contract;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request side of the pacts: the path as sent, every query value with a regex from the spec. */
final class PactRequests {

    /** The provider states, mapped to the mock's admin API by the provider verification. */
    static final String AUTHORISED = "the token is authorised";
    static final String INVALID_TOKEN = "the token is invalid";
    static final String NOT_AUTHORISED = "the token is not authorised";
    static final String UNPROCESSABLE = "the request is unprocessable";
    static final String RATE_LIMITED = "the rate limit is exhausted";

    static final String CONSUMER = "appintel-client-feign";
    static final String PROVIDER = "appintel-mock-server";

    /** The query parameter of the API key. */
    private static final String TOKEN = "auth_token";

    private PactRequests() {
    }

    /** The path of a request line. */
    static String path(String requestLine) {
        int query = requestLine.indexOf('?');
        return query < 0 ? requestLine : requestLine.substring(0, query);
    }

    /** The decoded query of a request line, values of a repeated name in order. */
    static Map<String, List<String>> query(String requestLine) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        int start = requestLine.indexOf('?');
        if (start < 0) {
            return query;
        }
        for (String pair : requestLine.substring(start + 1).split("&")) {
            int equals = pair.indexOf('=');
            query.computeIfAbsent(decode(pair.substring(0, equals)), name -> new ArrayList<>())
                    .add(decode(pair.substring(equals + 1)));
        }
        return query;
    }

    /**
     * Adds the query of {@code requestLine}, each value matched by its parameter's regex, and the
     * token; a token the line holds is replaced by the fake one, matched as any non-empty value.
     */
    static PactDslRequestWithPath withQuery(PactDslRequestWithPath request, SpecDocument.Operation operation, String requestLine) {
        PactDslRequestWithPath result = request;
        Map<String, List<String>> query = query(requestLine);
        query.remove(TOKEN);
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            String regex = regex(operation, entry.getKey());
            result = result.matchQuery(entry.getKey(), regex, entry.getValue());
        }
        return result.matchQuery(TOKEN, "^.+$", FakeToken.VALUE);
    }

    /** The regex that the values of a query parameter match, from its schema in the spec. */
    static String regex(SpecDocument.Operation operation, String name) {
        boolean exploded = name.endsWith("[]");
        String base = exploded ? name.substring(0, name.length() - 2) : name;
        JsonNode schema = operation.parameters().stream()
                .filter(parameter -> parameter.path("name").asText().equals(name)
                        || parameter.path("name").asText().equals(base))
                .map(parameter -> operation.resolve(parameter.path("schema"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(operation.operationId() + " has no parameter " + name));
        if (schema.path("type").asText().equals("array")) {
            String item = unanchored(scalarRegex(operation.resolve(schema.path("items")), exploded));
            return exploded ? "^" + item + "$" : "^" + item + "(," + item + ")*$";
        }
        return scalarRegex(schema, true);
    }

    /** A value's regex; only a value joined with others by commas cannot hold a comma. */
    private static String scalarRegex(JsonNode schema, boolean alone) {
        String regex = PactBodies.regex(schema);
        if (regex != null) {
            return regex;
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> "^-?\\d+$";
            case "boolean" -> "^(true|false)$";
            default -> alone ? "^.+$" : "^[^,]+$";
        };
    }

    private static String unanchored(String regex) {
        return "(" + regex.substring(1, regex.length() - 1) + ")";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
