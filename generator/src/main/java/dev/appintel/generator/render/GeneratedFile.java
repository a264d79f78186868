package dev.appintel.generator.render;

import java.util.Objects;

/**
 * A rendered file: its path relative to the output root, with {@code /} separators, and its
 * complete text.
 */
public record GeneratedFile(String relativePath, String content) {

    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
        if (relativePath.isBlank() || relativePath.startsWith("/") || relativePath.contains("..")
                || relativePath.contains("\\")) {
            throw new IllegalArgumentException("not a relative path: '" + relativePath + "'");
        }
    }
}
