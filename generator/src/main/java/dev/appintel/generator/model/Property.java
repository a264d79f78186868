package dev.appintel.generator.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One property of an object type.
 *
 * @param jsonName    the name in JSON, e.g. {@code graphData}
 * @param javaName    the Java member name, e.g. {@code graphData}
 * @param required    whether the property is always present
 * @param nullable    whether the value may be JSON {@code null}
 * @param constraints the schema's limits
 * @param unit        the unit of a number ({@code x-appintel-unit}: cents, seconds, ratio)
 */
public record Property(
        String jsonName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        Constraints constraints,
        String description,
        Optional<String> unit) {

    public Property {
        Objects.requireNonNull(jsonName, "jsonName");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
    }
}
