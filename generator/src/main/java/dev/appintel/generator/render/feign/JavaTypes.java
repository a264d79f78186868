package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import dev.appintel.generator.render.ModelIndex;

/**
 * How the model's type references are written in Java: {@code string} as {@code String},
 * {@code integer} as {@code Integer} or {@code Long}, {@code number} as {@code Double},
 * {@code boolean} as {@code Boolean}, dates as {@code LocalDate} and {@code OffsetDateTime},
 * lists as {@code List}, maps as {@code Map<String, V>}, open shapes as Jackson's
 * {@code JsonNode} and named types by their Java name in the model package. Everything is boxed,
 * since any value may be absent.
 */
final class JavaTypes {

    private final Packages packages;
    private final ModelIndex index;

    JavaTypes(Packages packages, ModelIndex index) {
        this.packages = packages;
        this.index = index;
    }

    /** The Java type of {@code type}, with its imports registered in {@code imports}. */
    String render(TypeRef type, Imports imports) {
        if (type instanceof TypeRef.Scalar scalar) {
            return imports.use(scalar(scalar.kind()));
        }
        if (type instanceof TypeRef.Named named) {
            return imports.use(packages.model() + "." + index.get(named).javaName());
        }
        if (type instanceof TypeRef.ListOf list) {
            return imports.use("java.util.List") + "<" + render(list.element(), imports) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return imports.use("java.util.Map") + "<" + imports.use("java.lang.String") + ", "
                    + render(map.value(), imports) + ">";
        }
        return imports.use("com.fasterxml.jackson.databind.JsonNode");
    }

    /** Whether the Java type has type arguments (a list or a map). */
    static boolean isGeneric(TypeRef type) {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
    }

    /** The qualified Java class of a scalar kind. */
    static String scalar(ScalarKind kind) {
        return switch (kind) {
            case STRING -> "java.lang.String";
            case INT32 -> "java.lang.Integer";
            case INT64 -> "java.lang.Long";
            case NUMBER -> "java.lang.Double";
            case BOOLEAN -> "java.lang.Boolean";
            case DATE -> "java.time.LocalDate";
            case DATE_TIME -> "java.time.OffsetDateTime";
        };
    }
}
