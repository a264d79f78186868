package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavadocComment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders enum schemas as Java enums that carry their wire value: {@code @JsonValue} writes it,
 * a {@code @JsonCreator} factory reads it and answers the unknown-value constant for values this
 * client does not know, and {@code toString()} returns it (integer enums write JSON numbers).
 */
final class EnumFiles {

    private static final List<String> UNKNOWN_NAMES = List.of("UNKNOWN", "UNRECOGNIZED", "UNKNOWN_VALUE");

    private final RenderScope scope;

    EnumFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(EnumType type) {
        Imports imports = scope.modelImports();
        imports.require("com.fasterxml.jackson.annotation.JsonCreator",
                "com.fasterxml.jackson.annotation.JsonEnumDefaultValue", "com.fasterxml.jackson.annotation.JsonValue");
        String valueType = imports.use(valueClass(type.valueKind()));
        List<EnumContext.Constant> constants = type.constants().stream()
                .map(constant -> constant(type.valueKind(), constant))
                .toList();
        EnumContext context = new EnumContext(scope.header(), scope.packages().model(), imports.sorted(),
                javadoc(type), type.javaName(), valueType, constants, unknownName(type));
        return scope.file(scope.packages().model(), type.javaName(), "enum", context);
    }

    private static EnumContext.Constant constant(ScalarKind kind, EnumConstant constant) {
        String javadoc = JavadocComment.of("The wire value `" + constant.value() + "`.").render("    ");
        return new EnumContext.Constant(javadoc, constant.javaName(), JavaLiterals.of(kind, constant.value()));
    }

    /** The wire values' Java class: dates stay text, everything else as {@link JavaTypes}. */
    private static String valueClass(ScalarKind kind) {
        return switch (kind) {
            case DATE, DATE_TIME -> "java.lang.String";
            default -> JavaTypes.scalar(kind);
        };
    }

    /** The name of the constant for values this client does not know: the first of {@link #UNKNOWN_NAMES} no value takes. */
    static String unknownName(EnumType type) {
        Set<String> taken = type.constants().stream().map(EnumConstant::javaName).collect(Collectors.toSet());
        return UNKNOWN_NAMES.stream().filter(name -> !taken.contains(name)).findFirst()
                .orElseGet(() -> "UNKNOWN_" + taken.size());
    }

    private static String javadoc(EnumType type) {
        JavadocComment comment = JavadocComment.of(Docs.orFallback(type.description(),
                "The `" + type.schemaName() + "` values."));
        if (type.provisional()) {
            comment.paragraph(Docs.PROVISIONAL);
        }
        return comment.render("");
    }
}
