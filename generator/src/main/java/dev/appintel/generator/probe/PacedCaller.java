package dev.appintel.generator.probe;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends the probe's requests one at a time through a {@link Transport}: a pause before each
 * request but the first, no request once the budget is spent, and a request answered with 429
 * sent again after its {@code Retry-After} (seconds or an HTTP date; a second, then two, when
 * absent), a couple of times at most, unless the wait would be too long or outlast the budget.
 */
final class PacedCaller {

    /** Time as the caller sees it; replaced in tests so that nothing really sleeps. */
    interface Clock {
        /** A monotonic time in nanoseconds. */
        long nanoTime();

        /** Waits {@code duration}. */
        void sleep(Duration duration);

        /** The wall clock, for {@code Retry-After} dates. */
        ZonedDateTime now();
    }

    /** The real clock. */
    static final Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CallFailedException("interrupted", e);
            }
        }

        @Override
        public ZonedDateTime now() {
            return ZonedDateTime.now();
        }
    };

    /**
     * What became of one call.
     *
     * @param answer   the last answer, empty when the call failed
     * @param failure  why there is no answer, or why a 429 was not retried; {@code ""} otherwise
     * @param attempts how many times the request was sent
     */
    record Outcome(Optional<Transport.Answer> answer, String failure, int attempts) {
    }

    private final Transport transport;
    private final Pacing pacing;
    private final Clock clock;
    private final long start;
    private boolean first = true;

    PacedCaller(Transport transport, Pacing pacing, Clock clock) {
        this.transport = transport;
        this.pacing = pacing;
        this.clock = clock;
        this.start = clock.nanoTime();
    }

    /**
     * Sends {@code request}; empty, without sending it, when the budget is spent.
     *
     * @throws ServiceUnreachableException when the service cannot be reached
     */
    Optional<Outcome> call(ProbeRequest request) {
        if (!first && !pacing.pause().isZero()) {
            clock.sleep(pacing.pause());
        }
        first = false;
        if (remaining().isNegative() || remaining().isZero()) {
            return Optional.empty();
        }
        for (int attempt = 1; ; attempt++) {
            Transport.Answer answer;
            try {
                answer = transport.send(request);
            } catch (CallFailedException e) {
                return Optional.of(new Outcome(Optional.empty(), e.getMessage(), attempt));
            }
            if (answer.status() != 429 || attempt > pacing.retries()) {
                return Optional.of(new Outcome(Optional.of(answer), "", attempt));
            }
            Duration wait = retryAfter(answer.retryAfter(), attempt);
            if (wait.compareTo(pacing.longestRetryWait()) > 0 || wait.compareTo(remaining()) >= 0) {
                return Optional.of(new Outcome(Optional.of(answer), "not retried: Retry-After asks for "
                        + wait.toSeconds() + " s", attempt));
            }
            clock.sleep(wait);
        }
    }

    private Duration remaining() {
        return pacing.budget().minusNanos(clock.nanoTime() - start);
    }

    /** The wait a {@code Retry-After} value asks for: seconds, or until an HTTP date. */
    private Duration retryAfter(String value, int attempt) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Duration until = Duration.between(clock.now(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return Duration.ofSeconds(attempt);
        }
    }
}
