package dev.appintel.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before trying a request again. Only responses 429 and 5xx and
 * I/O errors (timeouts included) are retried; every other failure is thrown at once.
 *
 * <p>Before attempt {@code n + 1} the client waits
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, less a random share of up to
 * {@code jitter} of it (so that clients that failed together do not retry together), and never less
 * than a 429's {@code Retry-After}. It stops after {@code maxAttempts} attempts, and earlier when
 * the next wait would end more than {@code maxTotalTime} after the first attempt started; it then
 * throws the last failure.
 *
 * @param maxAttempts    attempts in all, the first included; 1 disables retries
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff     the longest wait computed by backoff
 * @param multiplier     the growth of the wait per attempt, at least 1
 * @param jitter         the largest share of a wait taken off at random, 0 to 1
 * @param maxTotalTime   the longest time from the first attempt to the start of the last
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
        double jitter, Duration maxTotalTime) {

    /** Checks the bounds. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(maxTotalTime, "maxTotalTime");
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }

    /**
     * The default: 4 attempts, waits of 0.5, 1 and 2 seconds (up to 30), 20 % jitter, 2 minutes in all.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2, Duration.ofMinutes(2));
    }

    /**
     * No retries: every failure is thrown at once.
     *
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    /**
     * @param attempts attempts in all
     * @return a copy with this many attempts
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, multiplier, jitter, maxTotalTime);
    }

    /**
     * @param initial the first wait
     * @param max     the longest wait computed by backoff
     * @param factor  the growth per attempt
     * @return a copy with this backoff
     */
    public RetryPolicy withBackoff(Duration initial, Duration max, double factor) {
        return new RetryPolicy(maxAttempts, initial, max, factor, jitter, maxTotalTime);
    }

    /**
     * @param share the largest share of a wait taken off at random, 0 to 1
     * @return a copy with this jitter
     */
    public RetryPolicy withJitter(double share) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, share, maxTotalTime);
    }

    /**
     * @param total the longest time from the first attempt to the start of the last
     * @return a copy with this bound
     */
    public RetryPolicy withMaxTotalTime(Duration total) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, total);
    }

    /**
     * The wait computed by backoff before attempt {@code attempt + 1}, before jitter.
     *
     * @param attempt the attempt that failed, from 1
     * @return the wait
     */
    public Duration backoff(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }
}
