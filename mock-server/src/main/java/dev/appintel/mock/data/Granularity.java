package dev.appintel.mock.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * How a date range is stepped: by day, week (starting on Monday), month, quarter (starting in
 * January, April, July, October), or not at all ({@code all_time}).
 */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, ALL;

    /**
     * The granularity a request value names: {@code daily} or {@code day}, {@code weekly} or
     * {@code week}, {@code monthly} or {@code month}, {@code quarterly}, {@code all_time}.
     *
     * @param value a request value
     * @return the granularity, if the value names one
     */
    public static Optional<Granularity> of(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "daily", "day" -> Optional.of(DAY);
            case "weekly", "week" -> Optional.of(WEEK);
            case "monthly", "month" -> Optional.of(MONTH);
            case "quarterly", "quarter" -> Optional.of(QUARTER);
            case "all_time" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }

    /**
     * The first day of the period {@code date} falls in.
     *
     * @param date a date
     * @return the period's first day
     */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY, ALL -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /**
     * The first day of the next period.
     *
     * @param start the first day of a period
     * @return the next period's first day
     */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case ALL -> LocalDate.MAX;
        };
    }
}
