package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders enum schemas as open enums, classes with a constant per wire value: {@code @JsonValue}
 * writes the value, a {@code @JsonCreator} factory reads it and keeps a value this client does
 * not know as it came, and {@code toString()} returns it (integer enums write JSON numbers). A
 * Java enum could not keep an unknown value's text.
 */
final class EnumFiles {

    private final RenderScope scope;

    EnumFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(EnumType type) {
        Imports imports = scope.modelImports();
        imports.require("com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                "java.util.List", "java.util.Objects", CatalogFiles.RUNTIME + ".OpenEnum");
        String valueType = imports.use(valueClass(type.valueKind()));
        List<EnumContext.Constant> constants = type.constants().stream()
                .map(constant -> constant(type.valueKind(), constant))
                .toList();
        EnumContext context = new EnumContext(scope.header(), scope.packages().model(), imports.sorted(),
                javadoc(type), type.javaName(), valueType, constants,
                constants.stream().map(EnumContext.Constant::constantName).collect(Collectors.joining(", ")));
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

    private static String javadoc(EnumType type) {
        JavadocComment comment = JavadocComment.of(Docs.orFallback(type.description(),
                "The `" + type.schemaName() + "` values."));
        if (type.provisional()) {
            comment.paragraph(Docs.PROVISIONAL);
        }
        return comment.render("");
    }
}
