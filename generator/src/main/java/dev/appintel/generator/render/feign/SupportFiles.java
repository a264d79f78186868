package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders the support package the generated interfaces and models rely on: value encoding for
 * request lines ({@code QueryValues}), the list marker and the interceptor that reads it
 * ({@code QueryLists}, {@code QueryListInterceptor}), the union rule ({@code ObjectUnions}) and
 * the request builders' check ({@code RequiredParameters}), the types of the operation catalog
 * ({@code OperationMetadata}) and the interceptor that sends the API key where each operation
 * says ({@code ApiKeyInterceptor}).
 */
final class SupportFiles {

    /** The simple names of the support package's types. */
    static final Set<String> TYPES = Set.of("QueryValues", "QueryLists", "QueryListInterceptor",
            "ObjectUnions", "OpenEnum", "RequiredParameters", "OperationMetadata", "OperationCatalog",
            "ApiKeyInterceptor");

    private final RenderScope scope;

    SupportFiles(RenderScope scope) {
        this.scope = scope;
    }

    List<GeneratedFile> render() {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(file("QueryValues", "query-values", "feign.Param", "java.math.BigDecimal", "java.nio.charset.StandardCharsets"));
        files.add(file("QueryLists", "query-lists", "java.lang.annotation.Documented", "java.lang.annotation.ElementType",
                "java.lang.annotation.Retention", "java.lang.annotation.RetentionPolicy", "java.lang.annotation.Target"));
        files.add(file("QueryListInterceptor", "query-list-interceptor", "feign.MethodMetadata", "feign.RequestInterceptor",
                "feign.RequestTemplate", "java.util.Collection", "java.util.LinkedHashMap", "java.util.List",
                "java.util.Map", "java.util.Set"));
        files.add(file("ApiKeyInterceptor", "api-key-interceptor", "feign.MethodMetadata", "feign.RequestInterceptor",
                "feign.RequestTemplate", "java.util.Objects", "java.util.Optional", "java.util.function.Supplier"));
        files.add(file("ObjectUnions", "object-unions", "com.fasterxml.jackson.databind.JsonNode", "java.util.TreeSet",
                "java.util.List", "java.util.Optional", "java.util.Set"));
        files.add(file("OpenEnum", "open-enum"));
        files.add(file("RequiredParameters", "required-parameters", "java.util.Collection"));
        files.add(file("OperationMetadata", "operation-metadata", "java.math.BigDecimal", "java.time.LocalDate",
                "java.time.Period", "java.util.List", "java.util.Map", "java.util.Objects", "java.util.Optional"));
        return files;
    }

    private GeneratedFile file(String type, String template, String... imports) {
        Imports fileImports = scope.imports(scope.packages().support(), TYPES);
        fileImports.require(imports);
        SupportContext context = new SupportContext(scope.header(), scope.packages().support(), fileImports.sorted(),
                scope.packages().api());
        return scope.file(scope.packages().support(), type, template, context);
    }
}
