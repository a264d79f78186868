package dev.appintel.generator.render;

import dev.appintel.generator.model.ApiModel;

/**
 * What the comment at the top of every generated file says: the spec it comes from. There is
 * deliberately no timestamp and no hash of the whole spec, so that an edit of one schema changes
 * only the files that render it.
 */
public record FileHeader(String specName) {

    /** The header for files generated from {@code model}. */
    public static FileHeader of(ApiModel model) {
        return new FileHeader(JavadocText.commentSafe(model.specName()));
    }
}
