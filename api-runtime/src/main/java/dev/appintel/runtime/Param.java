package dev.appintel.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One request parameter of an operation and everything the spec says about its values.
 *
 * @param name          the wire name, e.g. {@code publisher_ids[]}
 * @param location      where it travels
 * @param kind          the type of its value, or of each value of a list
 * @param encoding      how a list travels; {@link Encoding#SINGLE} for a single value
 * @param required      whether a request without it is invalid
 * @param allowedValues the enum's values as written in the spec; empty when unrestricted
 * @param limits        its limits (of each value, for a list; {@code minItems} and {@code maxItems} bound the list)
 * @param defaultValue  the spec's default, as written
 * @param explodedAlias the name under which a list's values may also be sent one by one
 * @param earliestDate  the first date the API accepts
 * @param alignment     the day of the month a date must fall on
 */
public record Param(
        String name,
        Location location,
        ScalarKind kind,
        Encoding encoding,
        boolean required,
        List<String> allowedValues,
        Limits limits,
        Optional<String> defaultValue,
        Optional<String> explodedAlias,
        Optional<LocalDate> earliestDate,
        Optional<Alignment> alignment) {

    /** Where a parameter travels. */
    public enum Location {
        /** A segment of the path. */
        PATH,
        /** The query string. */
        QUERY,
        /** A request header. */
        HEADER,
        /** A cookie. */
        COOKIE
    }

    /** How a parameter's value is written. */
    public enum Encoding {
        /** One value: {@code name=value}. */
        SINGLE,
        /** A list joined by commas under one key: {@code name=a,b}. */
        COMMA_JOINED,
        /** A list sent as one key per value: {@code name=a&name=b}. */
        REPEATED
    }

    /** The day of the month a date must fall on. */
    public enum Alignment {
        /** The first day of a month. */
        MONTH_START,
        /** The last day of a month. */
        MONTH_END
    }

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(encoding, "encoding");
        allowedValues = List.copyOf(allowedValues);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(explodedAlias, "explodedAlias");
        Objects.requireNonNull(earliestDate, "earliestDate");
        Objects.requireNonNull(alignment, "alignment");
    }

    /**
     * An optional single-valued parameter without limits.
     *
     * @param name     the wire name
     * @param location where it travels
     * @param kind     the type of its value
     * @return the parameter
     */
    public static Param of(String name, Location location, ScalarKind kind) {
        return new Param(name, location, kind, Encoding.SINGLE, false, List.of(), Limits.NONE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether the parameter is a list.
     *
     * @return true for a list
     */
    public boolean isList() {
        return encoding != Encoding.SINGLE;
    }

    /**
     * Returns this parameter, required.
     *
     * @return this parameter, required
     */
    public Param asRequired() {
        return new Param(name, location, kind, encoding, true, allowedValues, limits, defaultValue, explodedAlias,
                earliestDate, alignment);
    }

    /**
     * Returns this parameter as a list encoded so.
     *
     * @param value how the list travels
     * @return this parameter as a list
     */
    public Param encodedAs(Encoding value) {
        return new Param(name, location, kind, value, required, allowedValues, limits, defaultValue, explodedAlias,
                earliestDate, alignment);
    }

    /**
     * Returns this parameter, restricted to the given values.
     *
     * @param values the allowed values
     * @return this parameter, restricted to them
     */
    public Param allowing(String... values) {
        return new Param(name, location, kind, encoding, required, List.of(values), limits, defaultValue,
                explodedAlias, earliestDate, alignment);
    }

    /**
     * Returns this parameter with the limits.
     *
     * @param value the limits
     * @return this parameter with them
     */
    public Param withLimits(Limits value) {
        return new Param(name, location, kind, encoding, required, allowedValues, value, defaultValue, explodedAlias,
                earliestDate, alignment);
    }

    /**
     * Returns this parameter with the default as written.
     *
     * @param value the default as written
     * @return this parameter with it
     */
    public Param withDefault(String value) {
        return new Param(name, location, kind, encoding, required, allowedValues, limits, Optional.of(value),
                explodedAlias, earliestDate, alignment);
    }

    /**
     * Returns this parameter with the alias.
     *
     * @param value the alias
     * @return this parameter with it
     */
    public Param withExplodedAlias(String value) {
        return new Param(name, location, kind, encoding, required, allowedValues, limits, defaultValue,
                Optional.of(value), earliestDate, alignment);
    }

    /**
     * Returns this parameter with the earliest date, {@code YYYY-MM-DD}.
     *
     * @param value the earliest date, {@code YYYY-MM-DD}
     * @return this parameter with it
     */
    public Param withEarliestDate(String value) {
        return new Param(name, location, kind, encoding, required, allowedValues, limits, defaultValue, explodedAlias,
                Optional.of(LocalDate.parse(value)), alignment);
    }

    /**
     * Returns this parameter with the alignment.
     *
     * @param value the alignment
     * @return this parameter with it
     */
    public Param alignedTo(Alignment value) {
        return new Param(name, location, kind, encoding, required, allowedValues, limits, defaultValue, explodedAlias,
                earliestDate, Optional.of(value));
    }
}
