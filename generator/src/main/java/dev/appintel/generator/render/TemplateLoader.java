package dev.appintel.generator.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the text of a target's template: {@code <overrideDir>/<name>.mustache} when that file
 * exists, otherwise the classpath resource {@code /templates/<target>/<name>.mustache}, otherwise
 * the one every target shares, {@code /templates/common/<name>.mustache} (the file header).
 */
final class TemplateLoader {

    private final String target;
    private final Optional<Path> overrideDir;

    TemplateLoader(String target, Optional<Path> overrideDir) {
        this.target = target;
        this.overrideDir = overrideDir;
    }

    /**
     * The template's text.
     *
     * @throws RenderException when neither the override directory nor the classpath has it
     */
    String read(String name) {
        Optional<Path> override = overrideDir.map(dir -> dir.resolve(name + ".mustache")).filter(Files::isRegularFile);
        if (override.isPresent()) {
            return readFile(override.get());
        }
        return readResource(name);
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    private String readResource(String name) {
        String resource = "/templates/" + target + "/" + name + ".mustache";
        String shared = "/templates/common/" + name + ".mustache";
        return resourceText(resource).or(() -> resourceText(shared)).orElseThrow(() -> new RenderException(target
                + " has no template '" + name + "' (looked for " + resource + ", " + shared
                + overrideDir.map(dir -> " and in " + dir).orElse("") + ")"));
    }

    private static Optional<String> resourceText(String resource) {
        try (InputStream in = TemplateLoader.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
