package dev.appintel.generator.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Renders the Mustache templates of one target, strictly.
 *
 * <ul>
 * <li>A template {@code name} is {@code name.mustache} in the override directory if that file
 *     exists, otherwise the classpath resource {@code /templates/<target>/name.mustache}; partials
 *     ({@code {{> name}}}) are found the same way.</li>
 * <li>Every name a template uses must resolve to a non-null value of the context: a missing or
 *     {@code null} value fails the render with a {@link RenderException} naming the template, the
 *     line and the name. Nothing is ever rendered empty by accident.</li>
 * <li>Values are written as they are: there is no HTML escaping, since the output is Java.</li>
 * <li>Standalone comment lines and partial lines at the start of a line leave no blank line
 *     behind, as the Mustache spec asks.</li>
 * </ul>
 *
 * <p>An engine caches compiled templates; use one per render of a target. Threads may share it:
 * Mustache.java compiles each template once and runs compiled templates concurrently.
 */
public final class TemplateEngine {

    private static final String EXTENSION = ".mustache";

    private final String target;
    private final TemplateLoader loader;
    private final StrictMustacheFactory factory;

    /**
     * An engine for the templates of {@code target}.
     *
     * @param target      the target's name, the folder of its templates on the classpath
     * @param overrideDir a directory whose templates replace the built-in ones of the same name
     */
    public TemplateEngine(String target, Optional<Path> overrideDir) {
        this.target = target;
        this.loader = new TemplateLoader(target, overrideDir);
        this.factory = new StrictMustacheFactory(loader);
    }

    /**
     * Renders the template called {@code name} with {@code context} as its only scope.
     *
     * @throws RenderException when the template is missing, malformed, or uses a name the
     *                         context does not provide
     */
    public String render(String name, Object context) {
        Mustache mustache = compile(name);
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, context).flush();
        } catch (MustacheException e) {
            throw RenderFailures.of(target, name, e, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Mustache compile(String name) {
        try {
            return factory.compile(name + EXTENSION);
        } catch (MustacheException e) {
            throw RenderFailures.of(target, name, e, loader);
        }
    }
}
