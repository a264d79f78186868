package dev.appintel.mock.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One period of a stepped date range. Immutable; its texts are written when it is made, as every
 * row that binds the period hashes and writes them.
 */
public final class DatePeriod {

    private final LocalDate start;
    private final LocalDate end;
    private final Granularity granularity;
    private final String text;
    private final String startDate;
    private final String startDateTime;

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
        // the text it had as a record: hashes depend on it
        this.text = "DatePeriod[start=" + start + ", end=" + end + ", granularity=" + granularity + "]";
        this.startDate = start.toString();
        this.startDateTime = TextValues.dateTime(start, false);
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
     * The first day as a property's value.
     *
     * @param dateTime whether as a date-time at midnight UTC rather than a date
     * @return {@code 2021-07-12} or {@code 2021-07-12T00:00:00Z}
     */
    public String startText(boolean dateTime) {
        return dateTime ? startDateTime : startDate;
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
        return text;
    }
}
