package dev.appintel.mock.admin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One request as the server saw it.
 *
 * @param sequence    its number since the start (or the last reset)
 * @param time        when it arrived
 * @param method      the HTTP method
 * @param uri         the path and query, with the API key's value replaced by {@code ***}
 * @param operationId the matched operation, or {@code -}
 * @param status      the status answered, or 0 when the connection was dropped
 * @param outcome     what decided the answer: {@code ok} (or {@code ok-with-faults} when latency or
 *                    a slow body applied), {@code unauthorized}, {@code forbidden}, {@code invalid},
 *                    {@code scripted}, {@code prefer}, {@code fault}, {@code bad-mock-header},
 *                    {@code not-found}, {@code not-allowed} or {@code server-error}
 * @param problems    the validation problems, one per parameter at fault
 * @param millis      how long the answer took
 */
public record JournalEntry(long sequence, Instant time, String method, String uri, String operationId, int status,
        String outcome, List<String> problems, long millis) {

    public JournalEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }
}
