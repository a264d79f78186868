package dev.appintel.client.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The calendar periods that granularity values name: {@code daily}/{@code day},
 * {@code weekly}/{@code week} (weeks begin on Monday, as the spec says), {@code monthly}/{@code month},
 * {@code quarterly}/{@code quarter} and {@code yearly}/{@code year}. Any other value is treated as
 * days. This is vocabulary of granularity values, not knowledge of any endpoint.
 */
final class CalendarBuckets {

    private CalendarBuckets() {
    }

    /** The first day of the period of {@code granularity} that contains {@code date}. */
    static LocalDate startOf(String granularity, LocalDate date) {
        return switch (granularity.toLowerCase(Locale.ROOT)) {
            case "weekly", "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "monthly", "month" -> date.withDayOfMonth(1);
            case "quarterly", "quarter" -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case "yearly", "year" -> date.withDayOfYear(1);
            default -> date;
        };
    }
}
