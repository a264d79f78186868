package dev.appintel.mock.faults;

import java.util.Locale;

/**
 * The faults injected into successful responses, from the command line or a request's
 * {@value FaultHeader#NAME} header.
 *
 * @param minLatencyMillis  the shortest delay before answering
 * @param maxLatencyMillis  the longest delay before answering (equal to the shortest for a fixed delay)
 * @param errorRate         the share of requests answered 500
 * @param throttleRate      the share of requests answered 429 with {@code Retry-After}
 * @param dropRate          the share of requests whose connection is closed without an answer
 *
 * <p>The three rates are shares of all requests, drawn from one number per request
 * ({@link #faultAt}): 0.2, 0.3 and 0.1 drop 20%, answer 30% with 500 and 10% with 429. When they
 * add up to more than 1, drops come first, then 500s, and 429s get what is left.
 * @param slowBodyMillis    how long the body takes to arrive, sent in pieces; 0 to send it at once
 * @param retryAfterSeconds the {@code Retry-After} of a 429
 */
public record FaultSettings(long minLatencyMillis, long maxLatencyMillis, double errorRate, double throttleRate,
        double dropRate, long slowBodyMillis, long retryAfterSeconds) {

    /** No faults; a 429 asks to retry after one second. */
    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, 0, 0, 0, 1);

    /** The most latency or slow-body time accepted: two minutes. */
    public static final long MAX_MILLIS = 120_000;

    public FaultSettings {
        requireMillis("latency", minLatencyMillis);
        requireMillis("latency", maxLatencyMillis);
        if (maxLatencyMillis < minLatencyMillis) {
            throw new IllegalArgumentException("latency range " + minLatencyMillis + "-" + maxLatencyMillis
                    + " ends before it starts");
        }
        requireRate("error rate", errorRate);
        requireRate("throttle rate", throttleRate);
        requireRate("drop rate", dropRate);
        requireMillis("slow body", slowBodyMillis);
        if (retryAfterSeconds < 0 || retryAfterSeconds > 3600) {
            throw new IllegalArgumentException("retry-after must be 0 to 3600 seconds, got " + retryAfterSeconds);
        }
    }

    /** @return whether any fault is set */
    public boolean any() {
        return maxLatencyMillis > 0 || errorRate > 0 || throttleRate > 0 || dropRate > 0 || slowBodyMillis > 0;
    }

    /** A fault a request gets, or none. */
    public enum Fault {
        NONE, DROP, ERROR, THROTTLE
    }

    /**
     * The fault of a request whose draw is {@code draw}, uniform in [0, 1): the rates lie side by
     * side on that interval, so that each is the share of all requests it names.
     */
    public Fault faultAt(double draw) {
        if (draw < dropRate) {
            return Fault.DROP;
        }
        if (draw < dropRate + errorRate) {
            return Fault.ERROR;
        }
        return draw < dropRate + errorRate + throttleRate ? Fault.THROTTLE : Fault.NONE;
    }

    /** @return the latency as written on the command line: {@code 200} or {@code 100-300} */
    public String latency() {
        return minLatencyMillis == maxLatencyMillis ? Long.toString(minLatencyMillis)
                : minLatencyMillis + "-" + maxLatencyMillis;
    }

    /**
     * Reads a latency: milliseconds ({@code 200}) or a range of them ({@code 100-300}).
     *
     * @param text the latency
     * @return the shortest and longest delay
     * @throws IllegalArgumentException when the text is neither
     */
    public static long[] parseLatency(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            long min = Long.parseLong(parts[0].trim());
            long max = parts.length == 2 ? Long.parseLong(parts[1].trim()) : min;
            if (parts.length > 2) {
                throw new NumberFormatException(text);
            }
            return new long[] {min, max};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("latency '" + text + "' is not milliseconds such as 200 or 100-300", e);
        }
    }

    private static void requireMillis(String what, long millis) {
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException(what + " must be 0 to " + MAX_MILLIS + " ms, got " + millis);
        }
    }

    private static void requireRate(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, got " + String.format(Locale.ROOT, "%s", rate));
        }
    }
}
