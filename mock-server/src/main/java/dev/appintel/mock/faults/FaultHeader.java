package dev.appintel.mock.faults;

import java.util.Locale;

/**
 * Reads the {@value #NAME} request header, whose directives override the server's fault settings
 * for one request: {@code latency=200} or {@code latency=100-300} (ms), {@code error-rate=0.5},
 * {@code throttle-rate=1}, {@code drop-rate=1}, {@code slow-body=2000} (ms) and
 * {@code retry-after=5} (s), separated by commas or semicolons.
 */
public final class FaultHeader {

    /** The header's name. */
    public static final String NAME = "X-Mock-Fault";

    private FaultHeader() {
    }

    /**
     * The settings for one request.
     *
     * @param header   the header's value
     * @param defaults the server's settings
     * @return the defaults with the header's directives applied
     * @throws IllegalArgumentException naming the directive that is unknown or has a bad value
     */
    public static FaultSettings apply(String header, FaultSettings defaults) {
        FaultSettings settings = defaults;
        for (String directive : header.split("[,;]")) {
            if (directive.isBlank()) {
                continue;
            }
            String[] pair = directive.trim().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException(NAME + ": '" + directive.trim() + "' is not name=value");
            }
            settings = with(settings, pair[0].trim().toLowerCase(Locale.ROOT), pair[1].trim());
        }
        return settings;
    }

    private static FaultSettings with(FaultSettings s, String name, String value) {
        try {
            return switch (name) {
                case "latency" -> {
                    long[] range = FaultSettings.parseLatency(value);
                    yield new FaultSettings(range[0], range[1], s.errorRate(), s.throttleRate(), s.dropRate(),
                            s.slowBodyMillis(), s.retryAfterSeconds());
                }
                case "error-rate" -> new FaultSettings(s.minLatencyMillis(), s.maxLatencyMillis(), Double.parseDouble(value),
                        s.throttleRate(), s.dropRate(), s.slowBodyMillis(), s.retryAfterSeconds());
                case "throttle-rate" -> new FaultSettings(s.minLatencyMillis(), s.maxLatencyMillis(), s.errorRate(),
                        Double.parseDouble(value), s.dropRate(), s.slowBodyMillis(), s.retryAfterSeconds());
                case "drop-rate" -> new FaultSettings(s.minLatencyMillis(), s.maxLatencyMillis(), s.errorRate(),
                        s.throttleRate(), Double.parseDouble(value), s.slowBodyMillis(), s.retryAfterSeconds());
                case "slow-body" -> new FaultSettings(s.minLatencyMillis(), s.maxLatencyMillis(), s.errorRate(),
                        s.throttleRate(), s.dropRate(), Long.parseLong(value), s.retryAfterSeconds());
                case "retry-after" -> new FaultSettings(s.minLatencyMillis(), s.maxLatencyMillis(), s.errorRate(),
                        s.throttleRate(), s.dropRate(), s.slowBodyMillis(), Long.parseLong(value));
                default -> throw new IllegalArgumentException(NAME + ": unknown directive '" + name
                        + "'; known: latency, error-rate, throttle-rate, drop-rate, slow-body, retry-after");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NAME + ": " + name + " has the bad value '" + value + "'", e);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(NAME) ? e : new IllegalArgumentException(NAME + ": " + e.getMessage(), e);
        }
    }
}
