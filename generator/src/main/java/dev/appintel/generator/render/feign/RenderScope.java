package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.FileHeader;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.render.TemplateEngine;
import java.util.Set;

/**
 * What every part of the Feign target shares during one render: the model and its index, the
 * packages, the template engine and the file header.
 */
record RenderScope(ApiModel model, Packages packages, ModelIndex index, JavaTypes types, TemplateEngine engine,
        FileHeader header) {

    /** The scope for rendering {@code model} into {@code packages}. */
    static RenderScope of(ApiModel model, Packages packages, TemplateEngine engine) {
        ModelIndex index = new ModelIndex(model.types());
        return new RenderScope(model, packages, index, new JavaTypes(packages, index), engine, FileHeader.of(model));
    }

    /** Fresh imports for a file of the model package. */
    Imports modelImports() {
        return new Imports(packages.model(), index.javaNames());
    }

    /** Fresh imports for a file of a package declaring {@code packageTypes}. */
    Imports imports(String packageName, Set<String> packageTypes) {
        return new Imports(packageName, packageTypes);
    }

    /** Renders {@code template} with {@code context} into the file of type {@code simpleName}. */
    GeneratedFile file(String packageName, String simpleName, String template, Object context) {
        return new GeneratedFile(Packages.path(packageName, simpleName), engine.render(template, context));
    }
}
