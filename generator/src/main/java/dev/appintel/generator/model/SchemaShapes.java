package dev.appintel.generator.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a schema is, before any name is decided: its shape, and for a component in
 * {@code components/schemas}, whether it becomes a model type or an alias. Pure: reports nothing,
 * names nothing.
 */
final class SchemaShapes {

    /** The shape of one schema as written. */
    enum Shape { REF, ONE_OF, OTHER_COMPOSITION, ENUM, ARRAY, OBJECT, MAP, SCALAR, ANY, UNKNOWN }

    /** What a component schema becomes in the model. */
    enum Kind {
        OBJECT, ENUM, SCALAR_UNION, OBJECT_UNION, ALIAS;

        boolean isModelType() {
            return this != ALIAS;
        }
    }

    private final Refs refs;
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Set<String> classifying = new HashSet<>();

    SchemaShapes(Refs refs) {
        this.refs = refs;
    }

    static Shape shape(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return Shape.REF;
        }
        if (notEmpty(schema.getOneOf())) {
            return Shape.ONE_OF;
        }
        if (notEmpty(schema.getAllOf()) || notEmpty(schema.getAnyOf()) || schema.getNot() != null) {
            return Shape.OTHER_COMPOSITION;
        }
        String type = schema.getType();
        if (hasValues(schema.getEnum()) && (type == null || type.equals("string") || type.equals("integer"))) {
            return Shape.ENUM;
        }
        if ("array".equals(type)) {
            return Shape.ARRAY;
        }
        boolean objectLike = schema.getProperties() != null || schema.getAdditionalProperties() != null;
        if ("object".equals(type) || type == null && objectLike) {
            return notEmpty(schema.getProperties()) ? Shape.OBJECT : Shape.MAP;
        }
        if (ownScalarKind(schema).isPresent()) {
            return Shape.SCALAR;
        }
        return type == null ? Shape.ANY : Shape.UNKNOWN;
    }

    /** The scalar kind of a schema's own {@code type} and {@code format}. */
    static Optional<TypeRef.ScalarKind> ownScalarKind(Schema<?> schema) {
        String type = schema.getType() == null ? "" : schema.getType();
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return Optional.ofNullable(switch (type) {
            case "string" -> format.equals("date") ? TypeRef.ScalarKind.DATE
                    : format.equals("date-time") ? TypeRef.ScalarKind.DATE_TIME : TypeRef.ScalarKind.STRING;
            case "integer" -> format.equals("int64") ? TypeRef.ScalarKind.INT64 : TypeRef.ScalarKind.INT32;
            case "number" -> TypeRef.ScalarKind.NUMBER;
            case "boolean" -> TypeRef.ScalarKind.BOOLEAN;
            default -> null;
        });
    }

    /** What the component becomes; a component that is defined in terms of itself is an alias. */
    Kind kindOf(String component) {
        Kind known = kinds.get(component);
        if (known != null) {
            return known;
        }
        if (!classifying.add(component)) {
            return Kind.ALIAS;
        }
        Kind kind = classify(refs.schema(component));
        classifying.remove(component);
        kinds.put(component, kind);
        return kind;
    }

    /** The scalar a schema stands for, following references through aliases. */
    Optional<TypeRef.ScalarKind> scalarKind(Schema<?> schema) {
        Set<String> followed = new HashSet<>();
        Schema<?> current = schema;
        while (current != null && current.get$ref() != null) {
            Optional<Refs.Resolved<Schema>> target = refs.quietTarget(current.get$ref(), Refs.SCHEMAS);
            boolean modelType = target.flatMap(Refs.Resolved::component).filter(name -> kindOf(name).isModelType())
                    .isPresent();
            if (target.isEmpty() || !followed.add(target.get().pointer()) || modelType) {
                return Optional.empty();
            }
            current = target.get().value();
        }
        return current != null && shape(current) == Shape.SCALAR ? ownScalarKind(current) : Optional.empty();
    }

    /** Whether the schema is a reference to a component that is an object type. */
    boolean isObjectTypeRef(Schema<?> schema) {
        return refs.quietComponentName(schema.get$ref(), Refs.SCHEMAS)
                .filter(name -> kindOf(name) == Kind.OBJECT).isPresent();
    }

    private Kind classify(Schema<?> schema) {
        if (schema == null) {
            return Kind.ALIAS;
        }
        return switch (shape(schema)) {
            case ONE_OF -> unionKind(schema.getOneOf());
            case ENUM -> Kind.ENUM;
            case OBJECT -> Kind.OBJECT;
            default -> Kind.ALIAS;
        };
    }

    /**
     * What a {@code oneOf} is: a union of object types, a union of two or more scalar kinds, or
     * (mixed, or one scalar kind only) an alias.
     */
    Kind unionKind(List<Schema> alternatives) {
        if (alternatives.stream().allMatch(this::isObjectTypeRef)) {
            return Kind.OBJECT_UNION;
        }
        boolean allScalar = alternatives.stream().allMatch(alternative -> scalarKind(alternative).isPresent());
        long distinct = alternatives.stream().map(this::scalarKind).distinct().count();
        return allScalar && distinct > 1 ? Kind.SCALAR_UNION : Kind.ALIAS;
    }

    private static boolean hasValues(List<?> values) {
        return values != null && values.stream().anyMatch(Objects::nonNull);
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static boolean notEmpty(Map<?, ?> map) {
        return map != null && !map.isEmpty();
    }
}
