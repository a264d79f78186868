package dev.appintel.generator.lint;

import dev.appintel.generator.model.SourceLocation;
import java.util.Objects;

/**
 * A problem of a spec file, placed in the file.
 *
 * @param file     the spec's file name, as messages show it
 * @param rule     the lint rule it breaks, or {@value #LOAD} when the spec could not be loaded
 * @param location the JSON Pointer of the node at fault, with its line and column
 * @param message  what is wrong there
 */
public record LocatedProblem(String file, String rule, SourceLocation location, String message) {

    /** The rule of problems that kept the spec from loading, so that no lint rule could run. */
    public static final String LOAD = "load";

    public LocatedProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column (pointer): [rule] message}. */
    public String describe() {
        return location.describe(file) + ": [" + rule + "] " + message;
    }
}
