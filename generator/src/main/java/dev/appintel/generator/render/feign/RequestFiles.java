package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the request record of an operation: one component per parameter, a builder with a
 * setter per parameter (and a varargs setter per list), and a {@code build()} that names the
 * first missing required parameter.
 */
final class RequestFiles {

    private final RenderScope scope;

    RequestFiles(RenderScope scope) {
        this.scope = scope;
    }

    GeneratedFile render(Operation operation, String recordName, Imports imports) {
        List<RequestContext.Field> fields = new ArrayList<>();
        List<RequestContext.Field> lists = new ArrayList<>();
        List<RequestContext.Field> required = new ArrayList<>();
        List<Parameter> parameters = operation.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            RequestContext.Field field = field(parameter, i == parameters.size() - 1, imports);
            fields.add(field);
            if (parameter.type() instanceof TypeRef.ListOf) {
                lists.add(field);
            }
            if (parameter.required()) {
                required.add(field);
            }
        }
        if (!lists.isEmpty()) {
            imports.require("java.util.List");
        }
        if (!required.isEmpty()) {
            imports.require(CatalogFiles.RUNTIME + ".RequiredParameters");
        }
        String arguments = parameters.stream().map(Parameter::javaName).collect(Collectors.joining(", "));
        RequestContext context = new RequestContext(scope.header(), scope.packages().api(), imports.sorted(),
                javadoc(operation), recordName, fields, !lists.isEmpty(), lists, required, arguments);
        return scope.file(scope.packages().api(), recordName, "request", context);
    }

    private RequestContext.Field field(Parameter parameter, boolean last, Imports imports) {
        String type = scope.types().render(parameter.type(), imports);
        String setterJavadoc = JavadocComment.of("Sets `" + parameter.name() + "`.")
                .tag("@param", parameter.javaName(), ParameterDocs.of(parameter))
                .tag("@return", "", "this builder")
                .render("        ");
        if (parameter.type() instanceof TypeRef.ListOf list && !JavaTypes.isGeneric(list.element())) {
            String varargsJavadoc = JavadocComment.of("Sets `" + parameter.name() + "` to the given values.")
                    .tag("@param", parameter.javaName(), "the values, none of them `null`")
                    .tag("@return", "", "this builder")
                    .render("        ");
            return new RequestContext.Field(parameter.javaName(), JavaLiterals.string(parameter.name()), type, last,
                    setterJavadoc, true, scope.types().render(list.element(), imports), varargsJavadoc);
        }
        return new RequestContext.Field(parameter.javaName(), JavaLiterals.string(parameter.name()), type, last,
                setterJavadoc, false, "", "");
    }

    private static String javadoc(Operation operation) {
        JavadocComment comment = JavadocComment.of("The parameters of `" + operation.javaName() + "`"
                + (operation.summary().isBlank() ? "." : ": " + Docs.sentence(operation.summary())));
        comment.paragraph("Build one with `builder()`; the lists are copied, so a request never changes.");
        for (Parameter parameter : operation.parameters()) {
            comment.tag("@param", parameter.javaName(), ParameterDocs.of(parameter));
        }
        return comment.render("");
    }
}
