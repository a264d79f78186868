package dev.appintel.generator.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a target needs besides the model.
 *
 * @param basePackage  the Java package of the generated code, e.g. {@code dev.appintel.client}
 * @param templateDir  a directory whose templates replace the built-in ones of the same name
 */
public record TargetOptions(String basePackage, Optional<Path> templateDir) {

    public TargetOptions {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(templateDir, "templateDir");
        if (!basePackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
            throw new IllegalArgumentException("not a Java package name: '" + basePackage + "'");
        }
    }
}
