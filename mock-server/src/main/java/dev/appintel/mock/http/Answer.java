package dev.appintel.mock.http;

import java.util.Objects;

/**
 * A decided reply and how to deliver it.
 *
 * @param reply          the reply
 * @param operationId    the matched operation, or {@code -}
 * @param latencyMillis  how long to wait before answering
 * @param slowBodyMillis how long the body should take to arrive; 0 to send it at once
 */
record Answer(HttpReply reply, String operationId, long latencyMillis, long slowBodyMillis) {

    Answer {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(operationId, "operationId");
    }

    /** An answer sent at once. */
    static Answer now(HttpReply reply, String operationId) {
        return new Answer(reply, operationId, 0, 0);
    }
}
