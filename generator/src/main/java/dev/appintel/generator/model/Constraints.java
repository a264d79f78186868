package dev.appintel.generator.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The validation limits of a value, from its schema. For lists, {@code minItems}/{@code maxItems}
 * bound the list and the other limits apply to each element.
 *
 * @param allowedValues the enum values as written in the spec, empty when unrestricted
 */
public record Constraints(
        Optional<Integer> minItems,
        Optional<Integer> maxItems,
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<String> pattern,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        List<String> allowedValues) {

    /** No limits at all. */
    public static final Constraints NONE = new Constraints(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public Constraints {
        allowedValues = List.copyOf(allowedValues);
    }
}
