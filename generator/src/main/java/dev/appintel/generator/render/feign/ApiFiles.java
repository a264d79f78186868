package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.ParameterLocation;
import dev.appintel.generator.model.Response;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavadocComment;
import dev.appintel.generator.render.RenderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Renders one Feign interface per tag, and the request records of its larger operations.
 *
 * <p>Every parameter is expanded by the generated {@code ValueExpander}, which percent-encodes
 * it completely. How a list travels (comma-joined or one key per value) is data of the catalog
 * ({@code Param.encoding()}), which a runtime such as appintel's client reads; Feign alone sends
 * one key per value.
 */
final class ApiFiles {

    /** Operations with more parameters than this also get a request record. */
    static final int MAX_POSITIONAL_ONLY = 3;

    private static final String EXPANDER = "ValueExpander.class";

    private final RenderScope scope;
    /** The simple names of the api package's types; immutable, so that each file's imports share it. */
    private final Set<String> apiTypes;

    ApiFiles(RenderScope scope) {
        this.scope = scope;
        Set<String> names = new TreeSet<>();
        for (TagGroup tag : scope.model().tags()) {
            names.add(tag.javaName());
            tag.operations().stream().filter(ApiFiles::hasRequest).forEach(operation -> names.add(requestName(operation)));
        }
        this.apiTypes = Set.copyOf(names);
    }

    /** A task per tag, in model order, rendering its interface and request records. */
    List<Supplier<List<GeneratedFile>>> tasks() {
        RequestFiles requests = new RequestFiles(scope);
        List<Supplier<List<GeneratedFile>>> tasks = new ArrayList<>();
        for (TagGroup tag : scope.model().tags()) {
            tasks.add(() -> render(tag, requests));
        }
        return tasks;
    }

    private List<GeneratedFile> render(TagGroup tag, RequestFiles requests) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(renderInterface(tag));
        for (Operation operation : tag.operations()) {
            if (hasRequest(operation)) {
                files.add(requests.render(operation, requestName(operation), scope.imports(scope.packages().api(), apiTypes)));
            }
        }
        return files;
    }

    /** Whether the operation gets a request record. */
    static boolean hasRequest(Operation operation) {
        return operation.parameters().size() > MAX_POSITIONAL_ONLY;
    }

    /** The request record's name: {@code getApps} gives {@code GetAppsRequest}. */
    static String requestName(Operation operation) {
        String name = operation.javaName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Request";
    }

    private GeneratedFile renderInterface(TagGroup tag) {
        Imports imports = scope.imports(scope.packages().api(), apiTypes);
        imports.require("feign.Headers", "feign.Param", "feign.RequestLine", scope.packages().support() + ".ValueExpander");
        List<ApiContext.Method> methods = new ArrayList<>();
        for (Operation operation : tag.operations()) {
            methods.add(method(operation, imports));
        }
        ApiContext context = new ApiContext(scope.header(), scope.packages().api(), imports.sorted(), javadoc(tag),
                tag.javaName(), methods);
        return scope.file(scope.packages().api(), tag.javaName(), "api", context);
    }

    private ApiContext.Method method(Operation operation, Imports imports) {
        List<Parameter> parameters = operation.parameters();
        List<ApiContext.Parameter> declarations = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = checked(operation, parameters.get(i));
            declarations.add(new ApiContext.Parameter("@Param(value = \"" + parameter.javaName() + "\", expander = "
                    + EXPANDER + ") " + scope.types().render(parameter.type(), imports) + " " + parameter.javaName(),
                    i == parameters.size() - 1));
        }
        String returnType = operation.success().flatMap(Response::body)
                .map(body -> scope.types().render(body, imports)).orElse("void");
        boolean request = hasRequest(operation);
        return new ApiContext.Method(methodJavadoc(operation, returnType), JavaLiterals.string(RequestLines.of(operation)),
                returnType, operation.javaName(), !parameters.isEmpty(), declarations, request,
                request ? requestJavadoc(operation, returnType) : "", request ? requestName(operation) : "",
                request ? delegation(operation, returnType) : "");
    }

    private static Parameter checked(Operation operation, Parameter parameter) {
        boolean list = parameter.type() instanceof TypeRef.ListOf;
        boolean listEncoding = parameter.encoding() != WireEncoding.SINGLE;
        boolean repeatedInPath = parameter.location() == ParameterLocation.PATH && parameter.encoding() == WireEncoding.REPEATED;
        if (list != listEncoding || repeatedInPath) {
            throw new RenderException(operation.operationId() + ": the parameter '" + parameter.name()
                    + "' has the encoding " + parameter.encoding() + ", which does not fit its type or location");
        }
        return parameter;
    }

    private static String delegation(Operation operation, String returnType) {
        String arguments = operation.parameters().stream().map(parameter -> "request." + parameter.javaName() + "()")
                .collect(Collectors.joining(", "));
        String call = operation.javaName() + "(" + arguments + ");";
        return returnType.equals("void") ? call : "return " + call;
    }

    private JavadocComment summary(Operation operation) {
        return JavadocComment.of(Docs.orFallback(operation.summary(),
                "Calls `" + operation.method() + " " + operation.path() + "`."));
    }

    private String methodJavadoc(Operation operation, String returnType) {
        JavadocComment comment = summary(operation).paragraph(operation.description());
        comment.paragraph(String.join("\n", ParameterDocs.rules(operation)));
        if (scope.model().hasOwnApiKey(operation)) {
            comment.paragraph(operation.apiKey().map(key -> "Authenticated by its own API key, `" + key.name()
                    + "` in the " + key.location().name().toLowerCase(Locale.ROOT) + " (`OperationCatalog.apiKey`).").orElse("Needs no API key."));
        }
        for (Parameter parameter : operation.parameters()) {
            comment.tag("@param", parameter.javaName(), ParameterDocs.of(parameter));
        }
        returns(operation, returnType, comment);
        return comment.render("    ");
    }

    private String requestJavadoc(Operation operation, String returnType) {
        JavadocComment comment = summary(operation)
                .paragraph("The same call, with the parameters taken from a `" + requestName(operation) + "`.");
        comment.tag("@param", "request", "the parameters; build one with `" + requestName(operation) + ".builder()`");
        returns(operation, returnType, comment);
        return comment.render("    ");
    }

    private static void returns(Operation operation, String returnType, JavadocComment comment) {
        if (!returnType.equals("void")) {
            String description = operation.success().map(Response::description).orElse("");
            comment.tag("@return", "", Docs.orFallback(description, "the response body"));
        }
    }

    private String javadoc(TagGroup tag) {
        JavadocComment comment = JavadocComment.of(Docs.orFallback(tag.description(), "The `" + tag.name() + "` operations."));
        comment.paragraph("The operations tagged `" + tag.name() + "` of the " + scope.model().title() + " "
                + scope.model().version() + ".");
        comment.paragraph("How each list travels (comma-joined or one key per value) is in the support package's\n"
                + "`OperationCatalog`, which the appintel client runtime reads; Feign alone sends one key per value."
                + Optional.ofNullable(scope.model().apiKey()).map(key -> "\nThe API key (`" + key.name() + "`, in the "
                        + key.location().name().toLowerCase(Locale.ROOT)
                        + ") is not a parameter here:\nadd it with a request interceptor.").orElse(""));
        return comment.render("");
    }
}
