package dev.appintel.mock.http;

import dev.appintel.runtime.QueryString;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as received, before any checking: method, percent-decoded path, query parameters and
 * headers (looked up without regard to case).
 *
 * @param method  the HTTP method
 * @param path    the path, percent-decoded
 * @param query   the query parameters, each value as sent and decoded
 * @param headers the headers, each with its values
 */
record RawRequest(String method, String path, QueryString query, Map<String, List<String>> headers) {

    RawRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
    }

    /** The first value of a header, if sent. */
    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    /** The first value of a query parameter, if sent. */
    Optional<String> parameter(String name) {
        return query.values(name).stream().findFirst();
    }
}
