package dev.appintel.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * One property of an object shape.
 *
 * @param name        the JSON property name
 * @param shape       the shape of its value
 * @param required    whether it is always present
 * @param nullable    whether its value may be {@code null}
 * @param limits      the limits of its value (of each element, for a list)
 * @param presentWith the boolean request parameter without whose {@code true} the property is
 *                    absent, as the spec's description says ({@code present with `flag=true`})
 */
public record Field(String name, Shape shape, boolean required, boolean nullable, Limits limits,
        Optional<String> presentWith) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(presentWith, "presentWith");
    }

    /**
     * An optional, non-null property without limits.
     *
     * @param name  the JSON property name
     * @param shape the shape of its value
     * @return the field
     */
    public static Field of(String name, Shape shape) {
        return new Field(name, shape, false, false, Limits.NONE, Optional.empty());
    }

    /**
     * Returns this field, always present.
     *
     * @return this field, always present
     */
    public Field asRequired() {
        return new Field(name, shape, true, nullable, limits, presentWith);
    }

    /**
     * Returns this field, whose value may be {@code null}.
     *
     * @return this field, whose value may be {@code null}
     */
    public Field asNullable() {
        return new Field(name, shape, required, true, limits, presentWith);
    }

    /**
     * Returns this field with the limits.
     *
     * @param value the limits
     * @return this field with them
     */
    public Field withLimits(Limits value) {
        return new Field(name, shape, required, nullable, value, presentWith);
    }

    /**
     * Returns this field, present only when the flag is true.
     *
     * @param flag the boolean request parameter
     * @return this field, present only when it is true
     */
    public Field presentWith(String flag) {
        return new Field(name, shape, required, nullable, limits, Optional.of(flag));
    }
}
