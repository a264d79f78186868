package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavadocComment;
import dev.appintel.generator.render.RenderException;
import java.util.List;

/**
 * Renders scalar unions as final value classes that keep the value as text and remember whether
 * it was a JSON number, so that it is written back the way it was read.
 */
final class ScalarUnionFiles {

    private final RenderScope scope;

    ScalarUnionFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(ScalarUnion type) {
        List<ScalarKind> kinds = type.alternatives();
        if (kinds.contains(ScalarKind.BOOLEAN)) {
            throw new RenderException("the feign-client target cannot represent the union " + type.schemaName()
                    + ": one of its alternatives is a boolean");
        }
        Imports imports = scope.modelImports();
        imports.require("com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                "com.fasterxml.jackson.databind.JsonNode", "java.math.BigDecimal", "java.util.Objects");
        ScalarUnionContext context = new ScalarUnionContext(scope.header(), scope.packages().model(),
                imports.sorted(), javadoc(type), type.javaName(), integerFactory(type), numberFactory(type),
                stringFactory(type));
        return scope.file(scope.packages().model(), type.javaName(), "scalar-union", context);
    }

    /** Whether the class has {@code of(long)}: some alternative is an integer. */
    static boolean integerFactory(ScalarUnion type) {
        return type.alternatives().contains(ScalarKind.INT32) || type.alternatives().contains(ScalarKind.INT64);
    }

    /** Whether the class has {@code of(double)}: some alternative is a number. */
    static boolean numberFactory(ScalarUnion type) {
        return type.alternatives().contains(ScalarKind.NUMBER);
    }

    /** Whether the class has {@code of(String)}: some alternative is text (dates included). */
    static boolean stringFactory(ScalarUnion type) {
        List<ScalarKind> kinds = type.alternatives();
        return kinds.contains(ScalarKind.STRING) || kinds.contains(ScalarKind.DATE) || kinds.contains(ScalarKind.DATE_TIME);
    }

    private static String javadoc(ScalarUnion type) {
        JavadocComment comment = JavadocComment.of(Docs.orFallback(type.description(),
                "The `" + type.schemaName() + "` value."));
        comment.paragraph("The value is kept as text, together with whether it was a JSON number, and is "
                + "written back as it was read. Any JSON number or string is accepted.");
        if (type.provisional()) {
            comment.paragraph(Docs.PROVISIONAL);
        }
        return comment.render("");
    }
}
