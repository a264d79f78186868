package dev.appintel.client;

import java.time.Duration;

/**
 * What the client reports about calls, requests and retries, for metrics: give one to
 * {@link AppIntelligenceBuilder#metrics(ClientMetrics)}, such as {@link MicrometerMetrics}.
 * Every method does nothing by default; implementations must be thread-safe and quick.
 */
public interface ClientMetrics {

    /** Reports nothing. */
    ClientMetrics NONE = new ClientMetrics() {
    };

    /**
     * One HTTP request ended (one attempt of one part of a call).
     *
     * @param operation the operationId
     * @param outcome   the status as text ({@code 200}, {@code 429}) or {@code IO_ERROR}
     * @param duration  how long it took
     */
    default void request(String operation, String outcome, Duration duration) {
    }

    /**
     * A request is about to be retried.
     *
     * @param operation the operationId
     * @param reason    the failed attempt's outcome, as for {@link #request}
     */
    default void retry(String operation, String reason) {
    }

    /**
     * A call of a generated method ended, with all its parts and retries.
     *
     * @param operation the operationId
     * @param outcome   {@code success}, or the simple name of the exception thrown
     * @param requests  how many parts the call was split into
     * @param duration  how long it took
     */
    default void call(String operation, String outcome, int requests, Duration duration) {
    }
}
