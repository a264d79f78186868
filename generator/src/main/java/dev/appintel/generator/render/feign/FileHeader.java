package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.JavadocText;

/**
 * What the comment at the top of every generated file says: the spec it comes from and the
 * spec's SHA-256. There is deliberately no timestamp, so equal specs give equal files.
 */
record FileHeader(String specName, String specSha256) {

    /** The header for files generated from {@code model}. */
    static FileHeader of(ApiModel model) {
        return new FileHeader(JavadocText.commentSafe(model.specName()), JavadocText.commentSafe(model.specSha256()));
    }
}
