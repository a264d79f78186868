package dev.appintel.generator.probe;

import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between an answer of the service and the spec.
 *
 * @param severity    drift, or a note where the spec marks the shape {@code x-provisional}
 * @param kind        what differs
 * @param operationId the operation called
 * @param request     the request line sent, without scheme and host, the token redacted
 * @param pointer     the JSON Pointer of the value in the answer's body ({@code ""} for the whole
 *                    body); for a missing property, where it should have been
 * @param message     what was expected and what was found
 * @param schema      the JSON Pointer, in the spec, of the schema the value was checked against
 *                    ({@code ""} for findings about the response itself)
 * @param occurrences how many values of the answer had the same finding at the same place of the
 *                    shape (array elements); {@link #pointer} is the first of them
 */
public record Finding(Severity severity, FindingKind kind, String operationId, String request, String pointer,
        String message, String schema, int occurrences) {

    /** The order of reports: drift first, then by operation, request, place and kind. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::operationId).thenComparing(Finding::request).thenComparing(Finding::pointer)
            .thenComparing(Finding::kind).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(schema, "schema");
        if (occurrences < 1) {
            throw new IllegalArgumentException("occurrences must be >= 1, got " + occurrences);
        }
    }

    /** Whether a finding means the spec no longer describes the service. */
    public enum Severity {
        /** The answer contradicts the spec. */
        DRIFT,
        /** The answer contradicts a shape the spec marks {@code x-provisional}: worth a look, not a failure. */
        NOTE
    }
}
