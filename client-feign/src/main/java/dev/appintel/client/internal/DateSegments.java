package dev.appintel.client.internal;

import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.QueryValues;
import dev.appintel.runtime.Rules.Segmentation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a date range into consecutive, non-overlapping segments, each no longer than the span the
 * spec recommends for the chosen granularity. Every segment but the last ends on the last day of a
 * period of the granularity ({@link CalendarBuckets}), so that no week, month or quarter is split
 * between two requests and each appears in exactly one response.
 */
final class DateSegments {

    private final Segmentation rule;
    private final int startIndex;
    private final int endIndex;
    private final int granularityIndex;

    DateSegments(Segmentation rule, MethodBinding operation) {
        this.rule = rule;
        this.startIndex = operation.indexOf(rule.start());
        this.endIndex = operation.indexOf(rule.end());
        this.granularityIndex = operation.indexOf(rule.granularity());
    }

    /** The requests for one request's range; the request itself when it needs no split. */
    List<Object[]> split(Object[] args) {
        if (!(args[startIndex] instanceof LocalDate start) || !(args[endIndex] instanceof LocalDate end)
                || args[granularityIndex] == null) {
            return List.<Object[]>of(args);
        }
        String granularity = QueryValues.format(args[granularityIndex]);
        Period span = rule.maxSpan().get(granularity);
        if (span == null) {
            return List.<Object[]>of(args);
        }
        List<Object[]> out = new ArrayList<>();
        for (LocalDate[] segment : segments(start, end, span, granularity)) {
            Object[] request = args.clone();
            request[startIndex] = segment[0];
            request[endIndex] = segment[1];
            out.add(request);
        }
        return out;
    }

    /** The segments of [start, end] as {start, end} pairs. */
    static List<LocalDate[]> segments(LocalDate start, LocalDate end, Period span, String granularity) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate limit = from.plus(span).minusDays(1);
            if (!limit.isBefore(end)) {
                out.add(new LocalDate[] {from, end});
                break;
            }
            LocalDate to = CalendarBuckets.startOf(granularity, limit.plusDays(1)).minusDays(1);
            if (to.isBefore(from)) {
                to = limit;
            }
            out.add(new LocalDate[] {from, to});
            from = to.plusDays(1);
        }
        return out;
    }
}
