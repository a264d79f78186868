package dev.appintel.generator;

import dev.appintel.generator.render.TargetOptions;
import dev.appintel.generator.render.Targets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one generator run needs. Built by the CLI and the Maven plugin from their options;
 * constructing it checks the target name and the package, so a bad value fails before any work.
 *
 * @param spec        the OpenAPI file to read
 * @param target      the name of the target to render, one of {@link Targets#names()}
 * @param outputDir   the directory the files are written to, created if needed
 * @param basePackage the Java package of the generated code
 * @param templateDir a directory whose templates replace the built-in ones of the same name
 */
public record GeneratorConfig(Path spec, String target, Path outputDir, String basePackage, Optional<Path> templateDir) {

    public GeneratorConfig {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(templateDir, "templateDir");
        if (!isKnownTarget(target)) {
            throw unknownTarget(target);
        }
        new TargetOptions(basePackage, templateDir); // checks the package name
    }

    /** The options handed to the target. */
    public TargetOptions targetOptions() {
        return new TargetOptions(basePackage, templateDir);
    }

    static IllegalArgumentException unknownTarget(String name) {
        return new IllegalArgumentException("unknown target '" + name + "'; known targets: " + String.join(", ", Targets.names()));
    }

    private static boolean isKnownTarget(String name) {
        for (String known : Targets.names()) {
            if (known.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
