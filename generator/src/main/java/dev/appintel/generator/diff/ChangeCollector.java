package dev.appintel.generator.diff;

import dev.appintel.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Gathers changes while two models are walked. A change found again from another operation (a
 * schema shared by several responses) is kept once, with every operation that reaches it.
 */
final class ChangeCollector {

    /** A change being gathered; its operations grow as other operations reach it. */
    static final class Found {
        private final ChangeKind kind;
        private final String subject;
        private final String detail;
        private final Change.Side side;
        private final SourceLocation location;
        private final TreeSet<String> operations = new TreeSet<>();

        private Found(ChangeKind kind, String subject, String detail, Change.Side side, SourceLocation location) {
            this.kind = kind;
            this.subject = subject;
            this.detail = detail;
            this.side = side;
            this.location = location;
        }

        void reachedFrom(String operationId) {
            operations.add(operationId);
        }

        private Change toChange() {
            return new Change(kind, subject, detail, side, location, List.copyOf(operations));
        }
    }

    private static final Comparator<Change> ORDER = Comparator
            .comparing(Change::impact)
            .thenComparing(Change::kind)
            .thenComparing(Change::subject)
            .thenComparing(Change::detail);

    private final Map<String, Found> found = new LinkedHashMap<>();

    /** Records a change in the current spec (or, for removals, the baseline) and returns it. */
    Found add(ChangeKind kind, String subject, String detail, Change.Side side, SourceLocation location) {
        String key = kind + "\u0000" + subject + "\u0000" + detail;
        return found.computeIfAbsent(key, k -> new Found(kind, subject, detail, side, location));
    }

    /** Every change, most severe first, then by kind and subject. */
    List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        found.values().forEach(each -> changes.add(each.toChange()));
        changes.sort(ORDER);
        return changes;
    }
}
