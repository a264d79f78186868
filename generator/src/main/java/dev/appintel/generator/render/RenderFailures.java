package dev.appintel.generator.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;

/** Turns Mustache.java's failures into {@link RenderException}s that say where and what. */
final class RenderFailures {

    private RenderFailures() {
    }

    /**
     * A {@link RenderException} for a failure while compiling or running {@code template}: it
     * names the template file and line when Mustache.java knows them, and the missing name or the
     * original message.
     */
    static RenderException of(String target, String template, MustacheException failure, TemplateLoader loader) {
        RenderException cause = findRenderException(failure);
        if (cause != null) {
            return cause;
        }
        return new RenderException(target + " template " + where(template, failure, loader) + ": "
                + problem(failure), failure);
    }

    private static String where(String template, MustacheException failure, TemplateLoader loader) {
        TemplateContext context = innermostContext(failure);
        if (context == null) {
            return "'" + template + "'";
        }
        String name = StrictMustacheFactory.templateName(context.file());
        return "'" + name + "' line " + TemplateLines.fileLine(loader.read(name), context.line());
    }

    private static String problem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingValueException missing) {
                return "the name " + missing.getMessage();
            }
        }
        String message = failure.getMessage();
        int context = message == null ? -1 : message.indexOf(" @[");
        return context < 0 ? String.valueOf(message) : message.substring(0, context);
    }

    private static TemplateContext innermostContext(Throwable failure) {
        TemplateContext found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MustacheException mustache && mustache.getContext() != null) {
                found = mustache.getContext();
            }
        }
        return found;
    }

    private static RenderException findRenderException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RenderException render) {
                return render;
            }
        }
        return null;
    }
}
