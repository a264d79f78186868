package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;
import java.util.Objects;

/** One thing wrong with a spec, and where. */
public record SpecProblem(SourceLocation location, String message) {

    public SpecProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column (pointer): message}, or {@code pointer: message} without a position. */
    public String describe(String file) {
        return location.describe(file) + ": " + message;
    }
}
