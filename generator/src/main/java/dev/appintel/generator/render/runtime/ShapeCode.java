package dev.appintel.generator.render.runtime;

import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the model's types as Java expressions over the API runtime's {@code Shape}, {@code Field}
 * and {@code Limits} types: a named type as its full shape, a type reference as a
 * {@code Shape.Ref} by schema name.
 */
public final class ShapeCode {

    private static final String FIELD_INDENT = "\n                ";
    private static final String CONTINUATION = "\n                        ";

    private final PresenceFlags flags;

    /**
     * A writer of the shapes of the model's types.
     *
     * @param types the model's types, by schema name
     */
    public ShapeCode(ModelIndex types) {
        this.flags = new PresenceFlags(types);
    }

    /**
     * The full shape of a named type.
     *
     * @param type a type of the model
     * @return the {@code Shape} expression
     */
    public String of(ModelType type) {
        String name = JavaLiterals.string(type.schemaName());
        if (type instanceof EnumType enumType) {
            return "new Shape.Enumeration(" + name + ", " + kind(enumType.valueKind()) + ", List.of("
                    + JavaLiterals.strings(enumType.constants().stream().map(constant -> constant.value()).toList()) + "))";
        }
        if (type instanceof ScalarUnion union) {
            return "new Shape.ScalarUnion(" + name + ", List.of("
                    + union.alternatives().stream().map(ShapeCode::kind).collect(Collectors.joining(", ")) + "))";
        }
        if (type instanceof ObjectUnion union) {
            return "new Shape.ObjectUnion(" + name + ", List.of("
                    + JavaLiterals.strings(union.alternatives().stream().map(TypeRef.Named::schemaName).toList()) + "))";
        }
        ObjectType object = (ObjectType) type;
        String extra = object.additionalProperties().map(value -> "Optional.of(" + ref(value) + ")").orElse("Optional.empty()");
        return "new Shape.ObjectShape(" + name + ", " + fields(object.properties()) + ", " + extra + ")";
    }

    /** A type as it is referred to: scalars, lists, maps and open values inline, named types by name. */
    static String ref(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return "new Shape.Scalar(" + kind(scalar.kind()) + ")";
        }
        if (type instanceof TypeRef.Named named) {
            return "new Shape.Ref(" + JavaLiterals.string(named.schemaName()) + ")";
        }
        if (type instanceof TypeRef.ListOf list) {
            return "new Shape.ListOf(" + ref(list.element()) + ")";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "new Shape.MapOf(" + ref(map.value()) + ")";
        }
        return "new Shape.AnyValue()";
    }

    /** The generated {@code ScalarKind} constant of a kind. */
    static String kind(TypeRef.ScalarKind kind) {
        return "ScalarKind." + kind.name();
    }

    /**
     * The {@code Limits} expression of a value's constraints and unit, or empty when there are
     * none; enum values are left out, since the shape names the enum.
     */
    static Optional<String> limits(Constraints constraints, Optional<String> unit) {
        List<String> withers = new ArrayList<>();
        unit.ifPresent(value -> withers.add("withUnit(" + JavaLiterals.string(value) + ")"));
        constraints.minimum().ifPresent(value -> withers.add("withMinimum(\"" + value.toPlainString() + "\")"));
        constraints.maximum().ifPresent(value -> withers.add("withMaximum(\"" + value.toPlainString() + "\")"));
        constraints.pattern().ifPresent(value -> withers.add("withPattern(" + JavaLiterals.string(value) + ")"));
        constraints.minLength().ifPresent(value -> withers.add("withMinLength(" + value + ")"));
        constraints.maxLength().ifPresent(value -> withers.add("withMaxLength(" + value + ")"));
        constraints.minItems().ifPresent(value -> withers.add("withMinItems(" + value + ")"));
        constraints.maxItems().ifPresent(value -> withers.add("withMaxItems(" + value + ")"));
        return withers.isEmpty() ? Optional.empty() : Optional.of("Limits.NONE." + String.join(".", withers));
    }

    private String fields(List<Property> properties) {
        if (properties.isEmpty()) {
            return "List.of()";
        }
        return "List.of(" + properties.stream().map(property -> FIELD_INDENT + field(property))
                .collect(Collectors.joining(",")) + ")";
    }

    private String field(Property property) {
        StringBuilder code = new StringBuilder("Field.of(" + JavaLiterals.string(property.jsonName()) + ", "
                + ref(property.type()) + ")");
        if (property.required()) {
            code.append(".asRequired()");
        }
        if (property.nullable()) {
            code.append(".asNullable()");
        }
        limits(property.constraints(), property.unit())
                .ifPresent(limits -> code.append(CONTINUATION).append(".withLimits(").append(limits).append(")"));
        flags.of(property).ifPresent(flag -> code.append(".presentWith(").append(JavaLiterals.string(flag)).append(")"));
        return code.toString();
    }
}
