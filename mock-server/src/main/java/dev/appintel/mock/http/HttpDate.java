package dev.appintel.mock.http;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The {@code Date} response header's value, an IMF-fixdate such as {@code Sun, 06 Nov 1994
 * 08:49:37 GMT}, made once a second. Undertow writes the same header with a
 * {@code SimpleDateFormat} when a response has none, and that formatter's first use loads the
 * JDK's locale data: tens of milliseconds of the first answer after launch. The names of days and
 * months are written out here instead.
 */
final class HttpDate {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private HttpDate() {
    }

    /** The text of one second. */
    private record Stamp(long epochSecond, String text) {
    }

    /** @return the header's value for the current second */
    static String now() {
        long second = Math.floorDiv(System.currentTimeMillis(), 1000L);
        Stamp stamp = last;
        if (stamp.epochSecond() != second) {
            stamp = new Stamp(second, format(second));
            last = stamp;
        }
        return stamp.text();
    }

    /** The header's value for a second since the epoch. */
    static String format(long epochSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return DAYS[time.getDayOfWeek().ordinal()] + ", " + twoDigits(time.getDayOfMonth()) + " "
                + MONTHS[time.getMonthValue() - 1] + " " + time.getYear() + " " + twoDigits(time.getHour()) + ":"
                + twoDigits(time.getMinute()) + ":" + twoDigits(time.getSecond()) + " GMT";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
