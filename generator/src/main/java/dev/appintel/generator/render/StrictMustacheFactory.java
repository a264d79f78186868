package dev.appintel.generator.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheVisitor;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A Mustache.java factory that reads templates through a {@link TemplateLoader}, resolves names
 * with a {@link StrictObjectHandler}, drops the line breaks of standalone comments and partials
 * ({@link StandaloneVisitor}) and writes values without HTML escaping.
 */
final class StrictMustacheFactory extends DefaultMustacheFactory {

    private final TemplateLoader loader;

    StrictMustacheFactory(TemplateLoader loader) {
        this.loader = loader;
        setObjectHandler(new StrictObjectHandler());
    }

    @Override
    public Reader getReader(String resourceName) {
        return new StringReader(loader.read(templateName(resourceName)));
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new StandaloneVisitor(this);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code dir/record.mustache} and {@code record} both name the template {@code record}. */
    static String templateName(String resourceName) {
        String name = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        return name.endsWith(".mustache") ? name.substring(0, name.length() - ".mustache".length()) : name;
    }
}
