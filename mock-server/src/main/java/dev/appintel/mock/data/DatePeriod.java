package dev.appintel.mock.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One period of a stepped date range.
 *
 * @param start       its first day
 * @param end         its last day
 * @param granularity how the range was stepped
 */
public record DatePeriod(LocalDate start, LocalDate end, Granularity granularity) {

    public DatePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
    }

    /**
     * The record's usual text, {@code DatePeriod[start=..., end=..., granularity=...]}, written
     * out: values are hashed by their text, and the generated record method formats each time.
     */
    @Override
    public String toString() {
        return "DatePeriod[start=" + start + ", end=" + end + ", granularity=" + granularity + "]";
    }

    /** @return the number of days in the period */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
