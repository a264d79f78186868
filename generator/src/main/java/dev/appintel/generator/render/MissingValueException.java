package dev.appintel.generator.render;

/** A template used a name its context does not provide, or provides as {@code null}. */
final class MissingValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;

    MissingValueException(String name, String problem) {
        super("'" + name + "' " + problem);
        this.name = name;
    }

    /** The name as the template wrote it. */
    String name() {
        return name;
    }
}
