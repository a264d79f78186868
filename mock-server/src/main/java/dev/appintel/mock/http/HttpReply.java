package dev.appintel.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An answer, decided before it is sent: status, headers, body and what decided it, for the
 * journal. A reply whose status is 0 drops the connection instead.
 *
 * @param status   the HTTP status, or 0 to drop the connection
 * @param headers  extra headers, e.g. {@code Retry-After}
 * @param body     the JSON body's bytes
 * @param outcome  what decided the answer, as the journal names it
 * @param problems the validation problems, if any
 */
record HttpReply(int status, Map<String, String> headers, byte[] body, String outcome, List<String> problems) {

    HttpReply {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }

    /** A reply with a JSON body and no extra headers. */
    static HttpReply json(int status, String json, String outcome) {
        return new HttpReply(status, Map.of(), json.getBytes(StandardCharsets.UTF_8), outcome, List.of());
    }

    /** A reply that drops the connection. */
    static HttpReply drop(String outcome) {
        return new HttpReply(0, Map.of(), new byte[0], outcome, List.of());
    }

    /** This reply with another header. */
    HttpReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpReply(status, more, body, outcome, problems);
    }
}
