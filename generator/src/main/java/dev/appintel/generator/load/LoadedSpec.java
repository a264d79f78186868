package dev.appintel.generator.load;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Objects;

/**
 * The first stage's output: the spec as Swagger Parser read it, with what the later stages
 * need to locate problems and to stamp generated files. Swagger types stop at the model builder.
 *
 * @param fileName  the spec's file name, for messages and headers
 * @param sha256    hex SHA-256 of the spec's bytes
 * @param openApi   the fully resolved document
 * @param asWritten the same document with every {@code $ref} kept as written, so that the names of
 *                  the components it refers to are known
 * @param positions line and column of each JSON Pointer in the spec file
 */
public record LoadedSpec(String fileName, String sha256, OpenAPI openApi, OpenAPI asWritten,
        SourcePositions positions) {

    public LoadedSpec {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(openApi, "openApi");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(positions, "positions");
    }
}
