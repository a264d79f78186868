package dev.appintel.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named type of the model. Schemas that are only another type under a name (arrays, maps,
 * constrained scalars) are not model types: references to them are replaced by the type they
 * name, so targets never see aliases.
 */
public sealed interface ModelType {

    /** The schema's name in {@code components/schemas}, or a name made up for an inline schema. */
    String schemaName();

    /** The Java type name. */
    String javaName();

    /** Markdown, possibly empty. */
    String description();

    /** Whether the spec marks the shape as inferred ({@code x-provisional}). */
    boolean provisional();

    /** The schema's node in the spec. */
    SourceLocation source();

    /**
     * An object with named properties and, optionally, extra entries of one type
     * ({@code additionalProperties}).
     */
    record ObjectType(
            String schemaName,
            String javaName,
            String description,
            boolean provisional,
            SourceLocation source,
            List<Property> properties,
            Optional<TypeRef> additionalProperties) implements ModelType {

        public ObjectType {
            Objects.requireNonNull(schemaName, "schemaName");
            Objects.requireNonNull(javaName, "javaName");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            properties = List.copyOf(properties);
            Objects.requireNonNull(additionalProperties, "additionalProperties");
        }
    }

    /** A closed set of string or integer values. */
    record EnumType(
            String schemaName,
            String javaName,
            String description,
            boolean provisional,
            SourceLocation source,
            TypeRef.ScalarKind valueKind,
            List<EnumConstant> constants) implements ModelType {

        public EnumType {
            Objects.requireNonNull(schemaName, "schemaName");
            Objects.requireNonNull(javaName, "javaName");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(valueKind, "valueKind");
            constants = List.copyOf(constants);
            if (constants.isEmpty()) {
                throw new IllegalArgumentException("enum " + schemaName + " has no constants");
            }
        }
    }

    /**
     * A value that is one of several scalar kinds, such as an id that is an integer on iOS and
     * a string on Android ({@code oneOf} of scalars).
     */
    record ScalarUnion(
            String schemaName,
            String javaName,
            String description,
            boolean provisional,
            SourceLocation source,
            List<TypeRef.ScalarKind> alternatives) implements ModelType {

        public ScalarUnion {
            Objects.requireNonNull(schemaName, "schemaName");
            Objects.requireNonNull(javaName, "javaName");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * An object that is one of several object types ({@code oneOf} of objects), told apart by
     * the properties present.
     */
    record ObjectUnion(
            String schemaName,
            String javaName,
            String description,
            boolean provisional,
            SourceLocation source,
            List<TypeRef.Named> alternatives) implements ModelType {

        public ObjectUnion {
            Objects.requireNonNull(schemaName, "schemaName");
            Objects.requireNonNull(javaName, "javaName");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            alternatives = List.copyOf(alternatives);
        }
    }
}
