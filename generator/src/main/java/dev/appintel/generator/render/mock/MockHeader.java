package dev.appintel.generator.render.mock;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.JavadocText;

/**
 * What the comment at the top of every generated file says: the spec it comes from, with no
 * timestamp and no hash of the whole spec, so that a file changes only when what it renders changes.
 */
record MockHeader(String specName) {

    /** The header for files generated from {@code model}. */
    static MockHeader of(ApiModel model) {
        return new MockHeader(JavadocText.commentSafe(model.specName()));
    }
}
