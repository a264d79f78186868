package dev.appintel.generator.diff;

import dev.appintel.generator.model.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One difference between a baseline spec and the current one.
 *
 * @param kind       what changed, and so its class
 * @param subject    the element that changed, e.g. {@code getApps › countries} or {@code App.name}
 * @param detail     the values before and after, e.g. {@code maxItems 100 → 50}; empty when the
 *                   kind says it all
 * @param side       which spec {@code location} points into: the current one, or the baseline for
 *                   what was removed
 * @param location   the element's node in that spec
 * @param operations the operationIds the change reaches, sorted
 */
public record Change(ChangeKind kind, String subject, String detail, Side side, SourceLocation location,
        List<String> operations) {

    /** Which of the two compared specs a location points into. */
    public enum Side {
        BASELINE, CURRENT
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(location, "location");
        operations = List.copyOf(operations);
    }

    /** The class of the change. */
    public Impact impact() {
        return kind.impact();
    }

    /** The same change, located at {@code located} (a position resolved from its pointer). */
    public Change at(SourceLocation located) {
        return new Change(kind, subject, detail, side, located, operations);
    }
}
