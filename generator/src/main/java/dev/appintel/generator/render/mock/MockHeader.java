package dev.appintel.generator.render.mock;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.JavadocText;

/**
 * What the comment at the top of every generated file says: the spec it comes from and the
 * spec's SHA-256, with no timestamp, so that equal specs give equal files.
 */
record MockHeader(String specName, String specSha256) {

    /** The header for files generated from {@code model}. */
    static MockHeader of(ApiModel model) {
        return new MockHeader(JavadocText.commentSafe(model.specName()), JavadocText.commentSafe(model.specSha256()));
    }
}
