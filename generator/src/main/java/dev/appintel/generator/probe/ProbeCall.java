package dev.appintel.generator.probe;

import java.util.Objects;

/**
 * One call of the probe and what became of it.
 *
 * @param operationId the operation
 * @param request     the request line sent (or that would have been), the token masked; {@code ""}
 *                    when none could be derived
 * @param result      what happened
 * @param status      the HTTP status of the last answer, 0 when there was none
 * @param attempts    how many times the request was sent (more than once after a 429)
 * @param detail      why a call failed or was not made, notes on the values chosen; {@code ""} when nothing to say
 */
public record ProbeCall(String operationId, String request, Result result, int status, int attempts, String detail) {

    public ProbeCall {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
    }

    /** What happened to a call. */
    public enum Result {
        /** The service answered; its answer was checked. */
        ANSWERED,
        /** The request got no answer (a timeout, a broken connection). */
        FAILED,
        /** No request could be derived from the spec. */
        NOT_PLANNED,
        /** The budget was spent before the call. */
        OUT_OF_BUDGET
    }

    /** Whether the service answered with a 2xx status, so that a success body was checked. */
    public boolean succeeded() {
        return result == Result.ANSWERED && status >= 200 && status < 300;
    }
}
