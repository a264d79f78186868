package dev.appintel.maven;

import java.util.Objects;

/**
 * The baseline spec's bytes and how reports name it.
 *
 * @param name e.g. {@code app-intelligence-1.0.yaml} or
 *             {@code dev.appintel:appintel-spec:0.1.0!/openapi/app-intelligence.yaml}
 */
record BaselineSpec(String name, byte[] content) {

    BaselineSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
