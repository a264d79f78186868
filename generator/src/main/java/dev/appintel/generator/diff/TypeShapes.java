package dev.appintel.generator.diff;

import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How reports write a type, and what enum values a type allows. */
final class TypeShapes {

    private TypeShapes() {
    }

    /** E.g. {@code string}, {@code date}, {@code list<int64>}, {@code enum Granularity}, {@code object App}. */
    static String describe(TypeRef type, Map<String, ModelType> types) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalarName(scalar.kind());
        }
        if (type instanceof TypeRef.ListOf list) {
            return "list<" + describe(list.element(), types) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "map<string, " + describe(map.value(), types) + ">";
        }
        if (type instanceof TypeRef.Named named) {
            return kindOf(types.get(named.schemaName())) + " " + named.javaName();
        }
        return "any";
    }

    /** E.g. {@code int64}, {@code date-time}. */
    static String scalarName(TypeRef.ScalarKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String kindOf(ModelType type) {
        if (type instanceof ModelType.ObjectType) {
            return "object";
        }
        if (type instanceof ModelType.EnumType) {
            return "enum";
        }
        if (type instanceof ModelType.ScalarUnion union) {
            return union.alternatives().stream().map(TypeShapes::scalarName)
                    .collect(Collectors.joining("|", "one of ", " as"));
        }
        return type instanceof ModelType.ObjectUnion ? "one-of object" : "type";
    }

    /**
     * The values a value of this type may take, for a scalar or list of scalars: the enum's
     * values when it names one, else {@code written} (the schema's own {@code enum}).
     */
    static List<String> allowedValues(TypeRef type, List<String> written, Map<String, ModelType> types) {
        if (!written.isEmpty()) {
            return written;
        }
        TypeRef element = type instanceof TypeRef.ListOf list ? list.element() : type;
        if (element instanceof TypeRef.Named named && types.get(named.schemaName()) instanceof ModelType.EnumType enumType) {
            return enumType.constants().stream().map(EnumConstant::value).toList();
        }
        return List.of();
    }
}
