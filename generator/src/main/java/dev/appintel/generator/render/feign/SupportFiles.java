package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders the support package the generated interfaces and models rely on beyond the API runtime:
 * the Feign expander of every parameter ({@code ValueExpander}) and the union rule
 * ({@code ObjectUnions}), which needs Jackson. The catalog ({@code OperationCatalog}) is rendered
 * by {@link CatalogFiles}.
 */
final class SupportFiles {

    /** The simple names of the support package's types. */
    static final Set<String> TYPES = Set.of("ValueExpander", "ObjectUnions", "OperationCatalog");

    private final RenderScope scope;

    SupportFiles(RenderScope scope) {
        this.scope = scope;
    }

    List<GeneratedFile> render() {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(file("ValueExpander", "value-expander", "feign.Param", CatalogFiles.RUNTIME + ".QueryString",
                CatalogFiles.RUNTIME + ".QueryValues"));
        files.add(file("ObjectUnions", "object-unions", "com.fasterxml.jackson.databind.JsonNode", "java.util.TreeSet",
                "java.util.List", "java.util.Optional", "java.util.Set"));
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
