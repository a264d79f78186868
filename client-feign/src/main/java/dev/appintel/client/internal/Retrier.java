package dev.appintel.client.internal;

import dev.appintel.client.ClientMetrics;
import dev.appintel.client.RetryPolicy;
import dev.appintel.client.Sleeper;
import dev.appintel.client.error.AppIntelligenceException;
import dev.appintel.client.error.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request under the {@link RetryPolicy}: retries the failures that say they are
 * {@linkplain AppIntelligenceException#retryable() retryable}, waits by backoff with jitter and at
 * least a 429's {@code Retry-After}, and gives up after the attempts or the total time allowed,
 * throwing the last failure.
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final ClientMetrics metrics;

    /**
     * @param policy   when to retry
     * @param clock    the time, for the total-time bound
     * @param sleeper  how to wait
     * @param random   values in [0, 1) for jitter
     * @param metrics where retries are reported
     */
    public Retrier(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier random, ClientMetrics metrics) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.metrics = metrics;
    }

    /**
     * Runs {@code request} until it succeeds or may not be retried.
     *
     * @param operation the operationId, for logs and metrics
     * @param request   one attempt
     * @param <T>       the result
     * @return the first successful result
     * @throws AppIntelligenceException the last failure
     */
    public <T> T run(String operation, Supplier<T> request) {
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (AppIntelligenceException failure) {
                Duration delay = delayAfter(attempt, failure);
                if (!failure.retryable() || attempt >= policy.maxAttempts() || exceedsTotal(start, delay)) {
                    throw failure;
                }
                String reason = failure.status() == 0 ? "IO_ERROR" : Integer.toString(failure.status());
                metrics.retry(operation, reason);
                // a warning with the cause (its message is free of the token), so that a job's log says
                // why it slowed down; the stack trace would only repeat the call's frames
                LOG.warn("{}: {} on attempt {} of {}, retrying in {} ms: {}", operation, reason, attempt,
                        policy.maxAttempts(), delay.toMillis(), failure.getMessage());
                sleep(delay, failure);
            }
        }
    }

    /** The wait before the next attempt: backoff less jitter, and never less than Retry-After. */
    Duration delayAfter(int attempt, AppIntelligenceException failure) {
        Duration backoff = policy.backoff(attempt);
        Duration jittered = Duration.ofMillis(Math.round(backoff.toMillis() * (1 - policy.jitter() * random.getAsDouble())));
        if (failure instanceof RateLimitedException limited && limited.retryAfter().isPresent()) {
            Duration asked = limited.retryAfter().get();
            return asked.compareTo(jittered) > 0 ? asked : jittered;
        }
        return jittered;
    }

    private boolean exceedsTotal(Instant start, Duration delay) {
        return Duration.between(start, clock.instant()).plus(delay).compareTo(policy.maxTotalTime()) > 0;
    }

    private void sleep(Duration delay, AppIntelligenceException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }
}
