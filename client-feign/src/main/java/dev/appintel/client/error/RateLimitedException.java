package dev.appintel.client.error;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests; retried after at least {@link #retryAfter()}. */
public final class RateLimitedException extends AppIntelligenceException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param operation  the operationId
     * @param url        the request URL, without the token
     * @param detail     the API's message
     * @param retryAfter the response's {@code Retry-After}, or {@code null} when it had none
     */
    public RateLimitedException(String operation, String url, String detail, Duration retryAfter) {
        super(429, operation, url, detail + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)"), null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the API asked to wait.
     *
     * @return the {@code Retry-After} delay, if the response had a valid one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
