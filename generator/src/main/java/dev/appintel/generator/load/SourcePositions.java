package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;

/** Maps JSON Pointers of a spec to their line and column in the spec file. */
public interface SourcePositions {

    /** The location of the node at {@code pointer}, or of its nearest existing ancestor. */
    SourceLocation locate(String pointer);
}
