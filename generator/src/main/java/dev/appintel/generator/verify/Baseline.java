package dev.appintel.generator.verify;

import java.util.Objects;

/**
 * The spec a change is judged against: its bytes and how reports name it, e.g. a file name, Maven
 * coordinates, or {@code app-intelligence.yaml at merge-base 1a2b3c4d}.
 */
public record Baseline(String name, byte[] content) {

    public Baseline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
