package dev.appintel.mock.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decided reply and how to deliver it.
 *
 * @param reply          the reply
 * @param operationId    the matched operation, or {@code -}
 * @param latencyMillis  how long to wait before answering
 * @param slowBodyMillis how long the body should take to arrive; 0 to send it at once
 * @param parameters     the parameters of the matched operation's request, path and query, decoded,
 *                       for the journal; empty until {@link #withParameters} is called. Not copied:
 *                       the service makes a new map per request, and the journal copies it.
 */
record Answer(HttpReply reply, String operationId, long latencyMillis, long slowBodyMillis,
        Map<String, List<String>> parameters) {

    Answer {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** An answer sent after a wait, or slowly. */
    Answer(HttpReply reply, String operationId, long latencyMillis, long slowBodyMillis) {
        this(reply, operationId, latencyMillis, slowBodyMillis, Map.of());
    }

    /** An answer sent at once. */
    static Answer now(HttpReply reply, String operationId) {
        return new Answer(reply, operationId, 0, 0);
    }

    /** This answer, with the request's parameters for the journal. */
    Answer withParameters(Map<String, List<String>> value) {
        return new Answer(reply, operationId, latencyMillis, slowBodyMillis, value);
    }
}
