package dev.appintel.generator.diff;

import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the limits of a request parameter: each limit that changed is tightened (some value
 * valid before is refused now) or relaxed.
 */
final class LimitComparator {

    /** One changed limit, e.g. {@code maxItems 100 → 50}. */
    record LimitChange(String detail, boolean tightened) {
    }

    private final List<LimitChange> found = new ArrayList<>();

    private LimitComparator() {
    }

    static List<LimitChange> compare(Parameter before, Parameter after) {
        LimitComparator comparator = new LimitComparator();
        Constraints then = before.constraints();
        Constraints now = after.constraints();
        comparator.lowerBound("minItems", then.minItems().map(BigDecimal::valueOf), now.minItems().map(BigDecimal::valueOf));
        comparator.upperBound("maxItems", then.maxItems().map(BigDecimal::valueOf), now.maxItems().map(BigDecimal::valueOf));
        comparator.lowerBound("minLength", then.minLength().map(BigDecimal::valueOf), now.minLength().map(BigDecimal::valueOf));
        comparator.upperBound("maxLength", then.maxLength().map(BigDecimal::valueOf), now.maxLength().map(BigDecimal::valueOf));
        comparator.lowerBound("minimum", then.minimum(), now.minimum());
        comparator.upperBound("maximum", then.maximum(), now.maximum());
        comparator.lowerBound("earliest date", before.earliestDate().map(date -> BigDecimal.valueOf(date.toEpochDay())),
                after.earliestDate().map(date -> BigDecimal.valueOf(date.toEpochDay())), before.earliestDate(),
                after.earliestDate());
        comparator.restriction("pattern", then.pattern(), now.pattern());
        comparator.restriction("date alignment", before.alignment(), after.alignment());
        return comparator.found;
    }

    /** A minimum: raising it, or adding one, refuses values that were valid. */
    private void lowerBound(String name, Optional<BigDecimal> before, Optional<BigDecimal> after) {
        lowerBound(name, before, after, before, after);
    }

    private void lowerBound(String name, Optional<BigDecimal> before, Optional<BigDecimal> after,
            Optional<?> shownBefore, Optional<?> shownAfter) {
        if (!sameNumber(before, after)) {
            boolean tightened = after.isPresent() && (before.isEmpty() || after.get().compareTo(before.get()) > 0);
            found.add(new LimitChange(detail(name, shownBefore, shownAfter), tightened));
        }
    }

    /** A maximum: lowering it, or adding one, refuses values that were valid. */
    private void upperBound(String name, Optional<BigDecimal> before, Optional<BigDecimal> after) {
        if (!sameNumber(before, after)) {
            boolean tightened = after.isPresent() && (before.isEmpty() || after.get().compareTo(before.get()) < 0);
            found.add(new LimitChange(detail(name, before, after), tightened));
        }
    }

    /** A rule that cannot be ordered: adding or changing it may refuse valid values, removing it cannot. */
    private void restriction(String name, Optional<?> before, Optional<?> after) {
        if (!before.equals(after)) {
            found.add(new LimitChange(detail(name, before, after), after.isPresent()));
        }
    }

    private static boolean sameNumber(Optional<BigDecimal> before, Optional<BigDecimal> after) {
        if (before.isPresent() && after.isPresent()) {
            return before.get().compareTo(after.get()) == 0;
        }
        return before.isEmpty() && after.isEmpty();
    }

    private static String detail(String name, Optional<?> before, Optional<?> after) {
        return name + " " + show(before) + " → " + show(after);
    }

    private static String show(Optional<?> value) {
        return value.map(present -> present instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : Objects.toString(present)).orElse("none");
    }
}
