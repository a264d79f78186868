package dev.appintel.generator.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One request parameter.
 *
 * @param name           the wire name, e.g. {@code publisher_ids[]}
 * @param javaName       the Java member name, e.g. {@code publisherIds}
 * @param location       where it travels
 * @param required       whether the request is invalid without it
 * @param type           its Java-facing type; lists for array parameters
 * @param encoding       how a value is written on the wire
 * @param constraints    the schema's limits
 * @param defaultValue   the schema's default as written in the spec, if any
 * @param description    Markdown, possibly empty
 * @param explodedAlias  the name under which list values are sent one by one when a value
 *                       contains a comma ({@code x-appintel-exploded-alias})
 * @param earliestDate   the first date the API accepts ({@code x-appintel-earliest-date})
 * @param alignment      the day of the month the date must fall on ({@code x-appintel-date-alignment})
 * @param source         the parameter's node in the spec
 */
public record Parameter(
        String name,
        String javaName,
        ParameterLocation location,
        boolean required,
        TypeRef type,
        WireEncoding encoding,
        Constraints constraints,
        Optional<String> defaultValue,
        String description,
        Optional<String> explodedAlias,
        Optional<LocalDate> earliestDate,
        Optional<DateAlignment> alignment,
        SourceLocation source) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(explodedAlias, "explodedAlias");
        Objects.requireNonNull(earliestDate, "earliestDate");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(source, "source");
    }

    /** How a parameter value is written on the wire. */
    public enum WireEncoding {
        /** One value: {@code name=value}. */
        SINGLE,
        /** A list joined by commas under one key ({@code style: form, explode: false}). */
        COMMA_JOINED,
        /** A list sent as one key per value ({@code style: form, explode: true}). */
        REPEATED
    }

    /** The day of the month a date parameter must fall on. */
    public enum DateAlignment {
        MONTH_START, MONTH_END
    }
}
