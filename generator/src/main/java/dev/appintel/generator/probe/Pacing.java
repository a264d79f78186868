package dev.appintel.generator.probe;

import java.time.Duration;
import java.util.Objects;

/**
 * How gently the probe calls the service.
 *
 * @param requestTimeout the longest wait for a connection and for each answer
 * @param budget         the longest the whole probe may take; calls that would start after it are not made
 * @param pause          the wait between two requests, so that the probe never hammers the service
 * @param retries        how often a request answered with 429 is sent again
 * @param longestRetryWait the longest wait for a {@code Retry-After} before giving up on the call
 */
public record Pacing(Duration requestTimeout, Duration budget, Duration pause, int retries, Duration longestRetryWait) {

    /** 20 s per request, 5 minutes in all, 250 ms between requests, 2 retries after a 429, waits up to 60 s. */
    public static final Pacing DEFAULT = new Pacing(Duration.ofSeconds(20), Duration.ofMinutes(5),
            Duration.ofMillis(250), 2, Duration.ofSeconds(60));

    public Pacing {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(longestRetryWait, "longestRetryWait");
        if (requestTimeout.isNegative() || requestTimeout.isZero() || budget.isNegative() || pause.isNegative()
                || retries < 0 || longestRetryWait.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive, budget, pause, retries and waits not negative: "
                    + this);
        }
    }

    /** This pacing with another pause between requests. */
    public Pacing withPause(Duration value) {
        return new Pacing(requestTimeout, budget, value, retries, longestRetryWait);
    }

    /** This pacing with another total budget. */
    public Pacing withBudget(Duration value) {
        return new Pacing(requestTimeout, value, pause, retries, longestRetryWait);
    }

    /** This pacing with another timeout per request. */
    public Pacing withRequestTimeout(Duration value) {
        return new Pacing(value, budget, pause, retries, longestRetryWait);
    }
}
