package dev.appintel.generator.render.mock;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.Target;
import dev.appintel.generator.render.TargetOptions;
import dev.appintel.generator.render.TemplateEngine;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code mock-server} target: the API as data that a stub server serves.
 *
 * <ul>
 * <li>{@code ApiRoutes} (base package): one route per operation with its path template, its
 *     parameters and every limit the spec sets on them, its {@code x-appintel-*} rules, and its
 *     declared responses with their examples as compact JSON.</li>
 * <li>{@code ApiShapes} (base package): the shape of every named schema (objects with their
 *     properties, enums, unions), which a runtime walks to build response bodies.</li>
 * <li>{@code support}: the types both are made of, and {@code RequestBinder}, which binds a
 *     request's parameters to typed values and reports every parameter at fault.</li>
 * </ul>
 *
 * <p>The generated code needs nothing but the JDK. Every file starts with a header naming the
 * spec and its SHA-256; the same model always gives the same files, sorted by path.
 */
public final class MockServerTarget implements Target {

    /** The target's name on the command line and in the plugin. */
    public static final String NAME = "mock-server";

    @Override
    public List<GeneratedFile> render(ApiModel model, TargetOptions options) {
        TemplateEngine engine = new TemplateEngine(NAME, options.templateDir());
        return new MockFiles(model, options.basePackage(), engine).render().stream()
                .sorted(Comparator.comparing(GeneratedFile::relativePath))
                .toList();
    }
}
