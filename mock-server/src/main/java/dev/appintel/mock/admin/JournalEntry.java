package dev.appintel.mock.admin;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request as the server saw it.
 *
 * @param sequence    its number since the start (or the last reset)
 * @param time        when it arrived
 * @param method      the HTTP method
 * @param uri         the path and query, with the API key's value replaced by {@code ***}
 * @param operationId the matched operation, or {@code -}
 * @param parameters  the matched operation's parameters as sent, path and query, decoded (a
 *                    comma-joined list as one value); the API key is left out; empty when no
 *                    operation matched
 * @param status      the status answered, or 0 when the connection was dropped
 * @param outcome     what decided the answer: {@code ok} (or {@code ok-with-faults} when latency or
 *                    a slow body applied), {@code unauthorized}, {@code forbidden}, {@code invalid},
 *                    {@code scripted}, {@code prefer}, {@code fault}, {@code bad-mock-header},
 *                    {@code not-found}, {@code not-allowed} or {@code server-error}
 * @param problems    the validation problems, one per parameter at fault
 * @param millis      how long the answer took until it was sent, injected latency included
 */
public record JournalEntry(long sequence, Instant time, String method, String uri, String operationId,
        Map<String, List<String>> parameters, int status, String outcome, List<String> problems, long millis) {

    public JournalEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(operationId, "operationId");
        Map<String, List<String>> copied = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copied.put(name, List.copyOf(values)));
        parameters = Collections.unmodifiableMap(copied);
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }
}
