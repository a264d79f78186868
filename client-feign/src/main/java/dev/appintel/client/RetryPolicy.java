package dev.appintel.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before trying a request again. Only 429, 5xx and I/O errors
 * (timeouts included) are retried; every other failure is thrown at once.
 *
 * <ul>
 *   <li><b>429</b> is retried for as long as the call's time budget allows: a throttled API is
 *       expected to recover, and a job should finish rather than fail on a busy minute. The wait is
 *       never less than the response's {@code Retry-After}, and the whole client waits it out (see
 *       {@link AppIntelligenceBuilder#maxConcurrency(int)}).</li>
 *   <li><b>5xx and I/O errors</b> are retried until a request has failed so {@code maxErrorAttempts}
 *       times (its 429s are not counted), and within the budget.</li>
 * </ul>
 *
 * <p>Before the next attempt a request waits {@code min(maxBackoff, initialBackoff * multiplier^(n-1))},
 * {@code n} counting its failures of the same kind (429s, or 5xx and I/O errors), less a random share
 * of up to {@code jitter} of it (so that clients that failed together do not retry together). A retry
 * whose wait would not end before {@code callBudget} has passed since the call began is not made:
 * the last failure is thrown then. Every part of a split call has the same budget, counted from the
 * start of the call.
 *
 * @param maxErrorAttempts the most attempts of one request that may end in a 5xx or I/O error, the
 *                         first included; 1 retries none
 * @param initialBackoff   the wait after the first failure of a kind
 * @param maxBackoff       the longest wait computed by backoff ({@code Retry-After} may ask for more)
 * @param multiplier       the growth of the wait per failure, at least 1
 * @param jitter           the largest share of a wait taken off at random, 0 to 1
 * @param callBudget       the time from the start of a call within which its retries must end
 */
public record RetryPolicy(int maxErrorAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
        double jitter, Duration callBudget) {

    /** Checks the bounds. */
    public RetryPolicy {
        if (maxErrorAttempts < 1) {
            throw new IllegalArgumentException("maxErrorAttempts must be at least 1, got " + maxErrorAttempts);
        }
        requireNotNegative(initialBackoff, "initialBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
        requireNotNegative(callBudget, "callBudget");
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }

    /**
     * The default: 10 attempts for 5xx and I/O errors, waits of 0.5, 1, 2, 4, ... seconds (up to
     * 30), 20 % jitter, and 5 minutes per call, within which 429s are retried.
     *
     * <p>Ten attempts because a nightly job makes thousands of requests:
     * with one request in four failing at random, about one in a million still fails ten times in a
     * row, where one in 250 failed four times.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2, Duration.ofMinutes(5));
    }

    /**
     * No retries: every failure is thrown at once, 429s included (the budget is zero).
     *
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return defaults().withMaxErrorAttempts(1).withCallBudget(Duration.ZERO);
    }

    /**
     * @param attempts the most attempts of a request that may end in a 5xx or I/O error
     * @return a copy with this bound
     */
    public RetryPolicy withMaxErrorAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, multiplier, jitter, callBudget);
    }

    /**
     * @param initial the first wait
     * @param max     the longest wait computed by backoff
     * @param factor  the growth per failure
     * @return a copy with this backoff
     */
    public RetryPolicy withBackoff(Duration initial, Duration max, double factor) {
        return new RetryPolicy(maxErrorAttempts, initial, max, factor, jitter, callBudget);
    }

    /**
     * @param share the largest share of a wait taken off at random, 0 to 1
     * @return a copy with this jitter
     */
    public RetryPolicy withJitter(double share) {
        return new RetryPolicy(maxErrorAttempts, initialBackoff, maxBackoff, multiplier, share, callBudget);
    }

    /**
     * @param budget the time from the start of a call within which its retries must end
     * @return a copy with this budget
     */
    public RetryPolicy withCallBudget(Duration budget) {
        return new RetryPolicy(maxErrorAttempts, initialBackoff, maxBackoff, multiplier, jitter, budget);
    }

    /**
     * The wait computed by backoff after the {@code failures}-th failure of a kind, before jitter.
     *
     * @param failures the failures so far, from 1
     * @return the wait
     */
    public Duration backoff(int failures) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, failures - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }
}
