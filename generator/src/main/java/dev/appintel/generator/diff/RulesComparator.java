package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.Change.Side.CURRENT;

import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.SourceLocation;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the operational rules of one operation ({@code x-appintel-*}), which the generated
 * client follows: an old client keeps batching, segmenting and paging the old way.
 */
final class RulesComparator {

    private final ChangeCollector changes;
    private final String operationId;
    private final SourceLocation where;

    RulesComparator(ChangeCollector changes, String operationId, SourceLocation where) {
        this.changes = changes;
        this.operationId = operationId;
        this.where = where;
    }

    void compare(OperationRules before, OperationRules after) {
        compareBatching(before.batching(), after.batching());
        compareSegmentation(before.segmentation(), after.segmentation());
        if (!before.pagination().equals(after.pagination())) {
            add(ChangeKind.PAGINATION_CHANGED, "pagination", "pagination", describe(before.pagination()) + " → "
                    + describe(after.pagination()));
        }
        if (!before.dateRange().equals(after.dateRange())) {
            add(after.dateRange().isPresent() ? ChangeKind.REQUEST_RULE_TIGHTENED : ChangeKind.REQUEST_RULE_RELAXED,
                    "date range", "date-range", describe(before.dateRange()) + " → " + describe(after.dateRange()));
        }
        compareRequiresOneOf(before, after);
    }

    private void compareBatching(Optional<OperationRules.Batching> before, Optional<OperationRules.Batching> after) {
        int oldLimit = before.map(OperationRules.Batching::maxPerCall).orElse(Integer.MAX_VALUE);
        int newLimit = after.map(OperationRules.Batching::maxPerCall).orElse(Integer.MAX_VALUE);
        if (oldLimit != newLimit) {
            String parameter = after.or(() -> before).map(OperationRules.Batching::parameter).orElseThrow();
            add(newLimit < oldLimit ? ChangeKind.BATCH_LIMIT_LOWERED : ChangeKind.BATCH_LIMIT_RAISED, parameter, "batching",
                    "max per call " + limit(oldLimit) + " → " + limit(newLimit));
        }
    }

    private void compareSegmentation(Optional<OperationRules.Segmentation> before,
            Optional<OperationRules.Segmentation> after) {
        Map<String, Period> oldSpans = before.map(OperationRules.Segmentation::maxSpan).orElse(Map.of());
        Map<String, Period> newSpans = after.map(OperationRules.Segmentation::maxSpan).orElse(Map.of());
        // A granularity added or dropped is reported with its enum value; only spans of
        // granularities in both specs compare, unless segmentation itself came or went.
        TreeSet<String> granularities = new TreeSet<>(oldSpans.keySet());
        if (oldSpans.isEmpty() || newSpans.isEmpty()) {
            granularities.addAll(newSpans.keySet());
        } else {
            granularities.retainAll(newSpans.keySet());
        }
        for (String granularity : granularities) {
            Period then = oldSpans.get(granularity);
            Period now = newSpans.get(granularity);
            if (then != null && now != null && approximateDays(then) == approximateDays(now)) {
                continue;
            }
            boolean shortened = now != null && (then == null || approximateDays(now) < approximateDays(then));
            add(shortened ? ChangeKind.SEGMENT_SPAN_SHORTENED : ChangeKind.SEGMENT_SPAN_LENGTHENED,
                    "date range (" + granularity + ")", "date-segmentation", span(then) + " → " + span(now));
        }
    }

    private void compareRequiresOneOf(OperationRules before, OperationRules after) {
        TreeSet<String> then = new TreeSet<>(before.requiresOneOf());
        TreeSet<String> now = new TreeSet<>(after.requiresOneOf());
        if (then.equals(now)) {
            return;
        }
        // At least one of the listed parameters is required: fewer choices refuse more requests.
        boolean relaxed = now.isEmpty() || !then.isEmpty() && now.containsAll(then);
        add(relaxed ? ChangeKind.REQUEST_RULE_RELAXED : ChangeKind.REQUEST_RULE_TIGHTENED, "requires one of",
                "requires-one-of",
                (then.isEmpty() ? "none" : String.join(", ", then)) + " → " + (now.isEmpty() ? "none" : String.join(", ", now)));
    }

    /** Records a change located at the operation's {@code x-appintel-<extension>} (or the operation, when gone). */
    private void add(ChangeKind kind, String element, String extension, String detail) {
        SourceLocation location = SourceLocation.of(where.pointer() + "/x-appintel-" + extension);
        changes.add(kind, operationId + " › " + element, detail, CURRENT, location).reachedFrom(operationId);
    }

    private static long approximateDays(Period period) {
        return period.toTotalMonths() * 30 + period.getDays();
    }

    private static String limit(int limit) {
        return limit == Integer.MAX_VALUE ? "unlimited" : String.valueOf(limit);
    }

    private static String span(Period period) {
        return period == null ? "unlimited" : period.toString();
    }

    private static String describe(Optional<?> rule) {
        return rule.map(RulesComparator::describeRule).orElse("none");
    }

    private static String describeRule(Object rule) {
        if (rule instanceof OperationRules.Pagination pages) {
            return pages.page() + " from " + pages.firstPage() + ", " + pages.limit() + " per page, total at "
                    + pages.total() + ", items at " + pages.items();
        }
        OperationRules.DateRange range = (OperationRules.DateRange) rule;
        return range.start() + " ≤ " + range.end();
    }
}
