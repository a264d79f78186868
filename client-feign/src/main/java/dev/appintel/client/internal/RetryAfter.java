package dev.appintel.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay seconds, or an HTTP date (RFC 9110). */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The delay the header asks for.
     *
     * @param headers the response headers (any case)
     * @param clock   the current time, for an HTTP date
     * @return the delay, never negative; empty when the header is missing or unreadable
     */
    static Optional<Duration> parse(Map<String, Collection<String>> headers, Clock clock) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Retry-After"))
                .flatMap(header -> header.getValue().stream()).findFirst().flatMap(value -> parse(value.strip(), clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        if (value.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration until = Duration.between(clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
