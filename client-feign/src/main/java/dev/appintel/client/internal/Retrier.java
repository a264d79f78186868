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
 * Runs one request under the {@link RetryPolicy}, through the client's {@link AdaptiveLimiter}:
 * retries the failures that say they are {@linkplain AppIntelligenceException#retryable() retryable},
 * a 429 for as long as the call's budget allows (the whole client pausing for its wait), a 5xx or
 * I/O error up to the policy's attempts, each after a backoff with jitter; then throws the last
 * failure.
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final ClientMetrics metrics;
    private final AdaptiveLimiter limiter;

    /**
     * @param policy  when to retry
     * @param clock   the time, for the budget
     * @param sleeper how to wait
     * @param random  values in [0, 1) for jitter
     * @param metrics where retries are reported
     * @param limiter the client's shared pause and concurrency limit
     */
    public Retrier(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier random, ClientMetrics metrics,
            AdaptiveLimiter limiter) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.metrics = metrics;
        this.limiter = limiter;
    }

    /**
     * The end of the budget of a call that starts now.
     *
     * @return the instant after which no retry of the call may end
     */
    public Instant deadlineFromNow() {
        return clock.instant().plus(policy.callBudget());
    }

    /**
     * Runs {@code request} until it succeeds or may not be retried.
     *
     * @param operation the operationId, for logs and metrics
     * @param deadline  the end of the call's budget ({@link #deadlineFromNow()} at its start)
     * @param request   one attempt
     * @param <T>       the result
     * @return the first successful result
     * @throws AppIntelligenceException the last failure
     */
    public <T> T run(String operation, Instant deadline, Supplier<T> request) {
        int errors = 0;
        int throttles = 0;
        AppIntelligenceException failure = null;
        for (int attempt = 1; ; attempt++) {
            AdaptiveLimiter.Permit permit = acquire(deadline, failure);
            Duration delay;
            try {
                T result = request.get();
                permit.succeeded();
                return result;
            } catch (RateLimitedException e) {
                failure = e;
                delay = throttleDelay(++throttles, e);
                permit.throttled(delay);
            } catch (AppIntelligenceException e) {
                failure = e;
                delay = jittered(++errors);
            } finally {
                permit.released(); // does nothing when the outcome was already reported
            }
            boolean throttled = failure instanceof RateLimitedException;
            if (!failure.retryable() || !throttled && errors >= policy.maxErrorAttempts()
                    || !endsBefore(deadline, delay)) {
                throw failure;
            }
            String reason = failure.status() == 0 ? "IO_ERROR" : Integer.toString(failure.status());
            metrics.retry(operation, reason);
            // a warning with the cause (its message is free of the token), so that a job's log says
            // why it slowed down; the stack trace would only repeat the call's frames
            LOG.warn("{}: {} on attempt {}{}, retrying in {} ms: {}", operation, reason, attempt,
                    throttled ? " (429s are retried within the call's budget)" : " of " + policy.maxErrorAttempts(),
                    delay.toMillis(), failure.getMessage());
            if (!throttled) {
                // a 429's wait is the client's pause, waited out when the next attempt asks for a place
                sleep(delay, failure);
            }
        }
    }

    /** The wait after a 429: backoff less jitter, and never less than its Retry-After. */
    private Duration throttleDelay(int throttles, RateLimitedException failure) {
        Duration jittered = jittered(throttles);
        return failure.retryAfter().filter(asked -> asked.compareTo(jittered) > 0).orElse(jittered);
    }

    private Duration jittered(int failures) {
        Duration backoff = policy.backoff(failures);
        return Duration.ofMillis(Math.round(backoff.toMillis() * (1 - policy.jitter() * random.getAsDouble())));
    }

    /** Whether a wait of {@code delay} from now, and the client's pause, end before the deadline. */
    private boolean endsBefore(Instant deadline, Duration delay) {
        Instant end = clock.instant().plus(delay);
        Instant pause = limiter.pauseEnd();
        return (pause.isAfter(end) ? pause : end).isBefore(deadline);
    }

    private AdaptiveLimiter.Permit acquire(Instant deadline, AppIntelligenceException lastFailure) {
        try {
            return limiter.acquire(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (lastFailure != null) {
                lastFailure.addSuppressed(e);
                throw lastFailure;
            }
            throw new IllegalStateException("interrupted while waiting to send", e);
        }
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
