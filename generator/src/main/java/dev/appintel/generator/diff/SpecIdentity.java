package dev.appintel.generator.diff;

import java.util.Objects;

/**
 * One of the two compared specs, as reports name it.
 *
 * @param file    a display name: the file name, or where the baseline came from
 * @param title   {@code info.title}
 * @param version {@code info.version}
 * @param sha256  hex SHA-256 of the spec's bytes
 */
public record SpecIdentity(String file, String title, String version, String sha256) {

    public SpecIdentity {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }
}
