package dev.appintel.generator.probe;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.DateAlignment;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The dates of a probe request: a short range (a week at most) that begins on the first day of
 * the month two months before today, late enough to be inside every earliest date and early
 * enough for data to exist, moved to respect each parameter's earliest date and alignment and kept
 * within the segment length the spec recommends for the chosen granularity.
 */
final class DateRanges {

    /** The longest range the probe asks for, in days, whatever the spec would allow. */
    static final int MAX_DAYS = 7;

    private final LocalDate today;

    DateRanges(LocalDate today) {
        this.today = today;
    }

    /** The first day of the range. */
    LocalDate start(Parameter start) {
        LocalDate date = today.minusMonths(2).withDayOfMonth(1);
        if (start.earliestDate().isPresent() && date.isBefore(start.earliestDate().get())) {
            date = start.earliestDate().get();
        }
        return align(date, start.alignment(), true);
    }

    /**
     * The end of a range from {@code start}: a week or the granularity's recommended span, whichever
     * is shorter, then aligned; never before {@code start}.
     *
     * @param granularity the value sent for the operation's segmentation granularity, if it has one
     */
    LocalDate end(Operation operation, LocalDate start, Parameter end, Optional<String> granularity) {
        LocalDate last = start.plusDays(MAX_DAYS - 1);
        Optional<Period> span = operation.rules().segmentation().flatMap(segmentation ->
                granularity.map(value -> segmentation.maxSpan().get(value)));
        if (span.isPresent() && start.plus(span.get()).minusDays(1).isBefore(last)) {
            last = start.plus(span.get()).minusDays(1);
        }
        if (last.isBefore(start)) {
            last = start;
        }
        return align(last, end.alignment(), false);
    }

    /** Whether {@code parameter} is the end of the operation's range (by its rules, else by its name). */
    static boolean isEnd(Operation operation, Parameter parameter) {
        OperationRules rules = operation.rules();
        boolean byRules = rules.dateRange().map(range -> range.end().equals(parameter.name())).orElse(false)
                || rules.segmentation().map(segmentation -> segmentation.end().equals(parameter.name())).orElse(false);
        return byRules || parameter.name().startsWith("end");
    }

    /** Moves a date onto its alignment: forward for a start, so that it stays inside the range. */
    private static LocalDate align(LocalDate date, Optional<DateAlignment> alignment, boolean forward) {
        if (alignment.isEmpty()) {
            return date;
        }
        return switch (alignment.get()) {
            case MONTH_START -> date.getDayOfMonth() == 1 ? date
                    : forward ? date.with(TemporalAdjusters.firstDayOfNextMonth()) : date.withDayOfMonth(1);
            case MONTH_END -> date.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
