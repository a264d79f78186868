package dev.appintel.generator.model;

import java.util.Objects;

/**
 * A reference to a type, as a field, parameter or response uses it. Named types are looked up in
 * {@link ApiModel#types()} by their schema name.
 */
public sealed interface TypeRef {

    /** A built-in value type. */
    record Scalar(ScalarKind kind) implements TypeRef {
        public Scalar {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A type declared once in the model (object, enum or union). */
    record Named(String schemaName, String javaName) implements TypeRef {
        public Named {
            Objects.requireNonNull(schemaName, "schemaName");
            Objects.requireNonNull(javaName, "javaName");
        }
    }

    /** An ordered list. */
    record ListOf(TypeRef element) implements TypeRef {
        public ListOf {
            Objects.requireNonNull(element, "element");
        }
    }

    /** A map with string keys. */
    record MapOf(TypeRef value) implements TypeRef {
        public MapOf {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Any JSON value; used where the spec leaves a shape open. */
    record Any() implements TypeRef {
    }

    /** The scalar types of the model, each with a fixed Java mapping chosen by targets. */
    enum ScalarKind {
        STRING, INT32, INT64, NUMBER, BOOLEAN, DATE, DATE_TIME
    }
}
