package dev.appintel.generator.model;

import java.util.Objects;

/**
 * Where a model element comes from: the JSON Pointer of its node in the spec and, when known,
 * its line and column in the spec file (1-based; 0 when unknown).
 */
public record SourceLocation(String pointer, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(pointer, "pointer");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** A location known only by its pointer. */
    public static SourceLocation of(String pointer) {
        return new SourceLocation(pointer, 0, 0);
    }

    /**
     * {@code file:line:column (pointer)}, or just the pointer when no position is known, or just the
     * file when the location is the whole file.
     */
    public String describe(String file) {
        if (line == 0) {
            return pointer.isEmpty() ? file : pointer;
        }
        return file + ":" + line + ":" + column + " (" + pointer + ")";
    }
}
