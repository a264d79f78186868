package dev.appintel.runtime;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a schema says about the values it allows besides their type. For a list, {@code minItems}
 * and {@code maxItems} bound the list and the other limits apply to each element.
 *
 * @param unit      {@code x-appintel-unit}: {@code cents}, {@code seconds} or {@code ratio}
 * @param minimum   the smallest number allowed
 * @param maximum   the largest number allowed
 * @param pattern   a regular expression strings must match
 * @param minLength the shortest string allowed
 * @param maxLength the longest string allowed
 * @param minItems  the fewest list items allowed
 * @param maxItems  the most list items allowed
 */
public record Limits(
        Optional<String> unit,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        Optional<String> pattern,
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<Integer> minItems,
        Optional<Integer> maxItems) {

    /** No limits at all. */
    public static final Limits NONE = new Limits(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Limits {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(minLength, "minLength");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(minItems, "minItems");
        Objects.requireNonNull(maxItems, "maxItems");
    }

    /**
     * Returns these limits with the unit.
     *
     * @param value the unit
     * @return these limits with the unit
     */
    public Limits withUnit(String value) {
        return new Limits(Optional.of(value), minimum, maximum, pattern, minLength, maxLength, minItems, maxItems);
    }

    /**
     * Returns these limits with the smallest number, as written in the spec.
     *
     * @param value the smallest number, as written in the spec
     * @return these limits with it
     */
    public Limits withMinimum(String value) {
        return new Limits(unit, Optional.of(new BigDecimal(value)), maximum, pattern, minLength, maxLength, minItems,
                maxItems);
    }

    /**
     * Returns these limits with the largest number, as written in the spec.
     *
     * @param value the largest number, as written in the spec
     * @return these limits with it
     */
    public Limits withMaximum(String value) {
        return new Limits(unit, minimum, Optional.of(new BigDecimal(value)), pattern, minLength, maxLength, minItems,
                maxItems);
    }

    /**
     * Returns these limits with the regular expression.
     *
     * @param value the regular expression
     * @return these limits with it
     */
    public Limits withPattern(String value) {
        return new Limits(unit, minimum, maximum, Optional.of(value), minLength, maxLength, minItems, maxItems);
    }

    /**
     * Returns these limits with the shortest length.
     *
     * @param value the shortest length
     * @return these limits with it
     */
    public Limits withMinLength(int value) {
        return new Limits(unit, minimum, maximum, pattern, Optional.of(value), maxLength, minItems, maxItems);
    }

    /**
     * Returns these limits with the longest length.
     *
     * @param value the longest length
     * @return these limits with it
     */
    public Limits withMaxLength(int value) {
        return new Limits(unit, minimum, maximum, pattern, minLength, Optional.of(value), minItems, maxItems);
    }

    /**
     * Returns these limits with the fewest items.
     *
     * @param value the fewest items
     * @return these limits with it
     */
    public Limits withMinItems(int value) {
        return new Limits(unit, minimum, maximum, pattern, minLength, maxLength, Optional.of(value), maxItems);
    }

    /**
     * Returns these limits with the most items.
     *
     * @param value the most items
     * @return these limits with it
     */
    public Limits withMaxItems(int value) {
        return new Limits(unit, minimum, maximum, pattern, minLength, maxLength, minItems, Optional.of(value));
    }
}
