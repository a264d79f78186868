package dev.appintel.mock.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One period of a stepped date range. A value class rather than a record only so that it can keep
 * its text: values are hashed by their text, once per row that binds the period.
 */
public final class DatePeriod {

    private final LocalDate start;
    private final LocalDate end;
    private final Granularity granularity;
    private String text;
    private String startDate;
    private String startDateTime;

    /**
     * A period.
     *
     * @param start       its first day
     * @param end         its last day
     * @param granularity how the range was stepped
     */
    public DatePeriod(LocalDate start, LocalDate end, Granularity granularity) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.granularity = Objects.requireNonNull(granularity, "granularity");
    }

    /** @return its first day */
    public LocalDate start() {
        return start;
    }

    /** @return its last day */
    public LocalDate end() {
        return end;
    }

    /** @return how the range was stepped */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * The first day as a property's value, kept: every row of the period (each app, each country)
     * writes it.
     *
     * @param dateTime whether as a date-time at midnight UTC rather than a date
     * @return {@code 2021-07-12} or {@code 2021-07-12T00:00:00Z}
     */
    public String startText(boolean dateTime) {
        if (dateTime) {
            if (startDateTime == null) {
                startDateTime = TextValues.dateTime(start, false);
            }
            return startDateTime;
        }
        if (startDate == null) {
            startDate = start.toString();
        }
        return startDate;
    }

    /** @return the number of days in the period */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatePeriod period && start.equals(period.start) && end.equals(period.end)
                && granularity == period.granularity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, granularity);
    }

    /** The text it had as a record, {@code DatePeriod[start=..., end=..., granularity=...]}: hashes depend on it. */
    @Override
    public String toString() {
        String written = text;
        if (written == null) {
            written = "DatePeriod[start=" + start + ", end=" + end + ", granularity=" + granularity + "]";
            text = written;
        }
        return written;
    }
}
