package dev.appintel.generator.render;

/** A template could not be rendered: it names the template and what was missing or wrong. */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
