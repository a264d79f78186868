package dev.appintel.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of a JSON value as the spec describes it: what a response body is made of. Named
 * schemas are referred to by name ({@link Ref}), so shapes are trees however the schemas refer to
 * each other.
 */
public sealed interface Shape {

    /**
     * A reference to a named shape.
     *
     * @param schemaName the schema's name in the spec, or the name made up for an inline schema
     */
    record Ref(String schemaName) implements Shape {
        public Ref {
            Objects.requireNonNull(schemaName, "schemaName");
        }
    }

    /**
     * A scalar value.
     *
     * @param kind its type
     */
    record Scalar(ScalarKind kind) implements Shape {
        public Scalar {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * One of a closed set of values.
     *
     * @param schemaName the enum's schema name
     * @param kind       the type of the values
     * @param values     the values as written in the spec
     */
    record Enumeration(String schemaName, ScalarKind kind, List<String> values) implements Shape {
        public Enumeration {
            Objects.requireNonNull(schemaName, "schemaName");
            Objects.requireNonNull(kind, "kind");
            values = List.copyOf(values);
        }
    }

    /**
     * A value of one of several scalar types, such as an id that is an integer on iOS and a string
     * on Android.
     *
     * @param schemaName the union's schema name
     * @param kinds      the alternatives in spec order
     */
    record ScalarUnion(String schemaName, List<ScalarKind> kinds) implements Shape {
        public ScalarUnion {
            Objects.requireNonNull(schemaName, "schemaName");
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * An object of one of several object shapes, told apart by the properties present.
     *
     * @param schemaName   the union's schema name
     * @param alternatives the schema names of the alternatives, in spec order
     */
    record ObjectUnion(String schemaName, List<String> alternatives) implements Shape {
        public ObjectUnion {
            Objects.requireNonNull(schemaName, "schemaName");
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * An object with named properties and, optionally, extra entries of one shape.
     *
     * @param schemaName the schema's name
     * @param fields     the properties in spec order
     * @param extra      the shape of the extra entries ({@code additionalProperties}), if any
     */
    record ObjectShape(String schemaName, List<Field> fields, Optional<Shape> extra) implements Shape {
        public ObjectShape {
            Objects.requireNonNull(schemaName, "schemaName");
            fields = List.copyOf(fields);
            Objects.requireNonNull(extra, "extra");
        }

        /**
         * The property called {@code name}.
         *
         * @param name a JSON property name
         * @return the field, if the object has it
         */
        public Optional<Field> field(String name) {
            return fields.stream().filter(field -> field.name().equals(name)).findFirst();
        }
    }

    /**
     * A list.
     *
     * @param element the shape of each element
     */
    record ListOf(Shape element) implements Shape {
        public ListOf {
            Objects.requireNonNull(element, "element");
        }
    }

    /**
     * An object used as a map with string keys.
     *
     * @param value the shape of each value
     */
    record MapOf(Shape value) implements Shape {
        public MapOf {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Any JSON value: the spec leaves the shape open. */
    record AnyValue() implements Shape {
    }
}
