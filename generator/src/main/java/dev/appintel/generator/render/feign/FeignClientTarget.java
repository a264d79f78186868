package dev.appintel.generator.render.feign;

import dev.appintel.generator.concurrent.Parallel;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.RenderException;
import dev.appintel.generator.render.Target;
import dev.appintel.generator.render.TargetOptions;
import dev.appintel.generator.render.TemplateEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code feign-client} target: a typed Feign client for the model, in three packages under
 * the base package.
 *
 * <ul>
 * <li>{@code model}: a record per object schema, an enum per enum schema (with a constant for
 *     unknown values), a value class per scalar union and a sealed interface per object union.</li>
 * <li>{@code api}: a Feign interface per tag, a request record with a builder for every
 *     operation with more than three parameters, and {@code Apis}, an accessor per interface.</li>
 * <li>{@code support}: the Feign expander of parameter values, the object-union rule, and
 *     {@code OperationCatalog}: every operation's {@code OperationSpec} of the API runtime
 *     (parameter constraints, list encodings and {@code x-appintel-*} rules) bound to its
 *     interface method, as data for a runtime to act on.</li>
 * </ul>
 *
 * <p>The generated code is built from the types of {@code appintel-api-runtime}, which a project
 * compiling it needs on its class path.
 *
 * <p>Every file starts with a header naming the spec and its SHA-256, and carries no timestamp:
 * the same model always gives the same files, sorted by path.
 */
public final class FeignClientTarget implements Target {

    /** The target's name on the command line and in the plugin. */
    public static final String NAME = "feign-client";

    @Override
    public List<GeneratedFile> render(ApiModel model, TargetOptions options) {
        TemplateEngine engine = new TemplateEngine(NAME, options.templateDir());
        RenderScope scope = RenderScope.of(model, Packages.under(options.basePackage()), engine);
        // Small tasks keep every core busy to the end; they share nothing but the immutable scope
        // and the thread-safe engine.
        List<Supplier<List<GeneratedFile>>> tasks = new ArrayList<>(new ModelFiles(scope).tasks());
        tasks.addAll(new ApiFiles(scope).tasks());
        tasks.add(new SupportFiles(scope)::render);
        tasks.add(new CatalogFiles(scope)::render);
        tasks.add(new PackageInfoFiles(scope)::render);
        List<GeneratedFile> files = new ArrayList<>();
        Parallel.run(tasks).forEach(files::addAll);
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        requireDistinctPaths(files);
        return List.copyOf(files);
    }

    private static void requireDistinctPaths(List<GeneratedFile> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).relativePath().equals(sorted.get(i - 1).relativePath())) {
                throw new RenderException("two generated files would both be " + sorted.get(i).relativePath()
                        + ": rename one of the types");
            }
        }
    }
}
