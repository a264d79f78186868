package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.JavadocText;

/**
 * What the comment at the top of every generated file says: the spec it comes from. There is
 * deliberately no timestamp and no hash of the whole spec, so that an edit of one schema changes
 * only the files that render it.
 */
record FileHeader(String specName) {

    /** The header for files generated from {@code model}. */
    static FileHeader of(ApiModel model) {
        return new FileHeader(JavadocText.commentSafe(model.specName()));
    }
}
