package dev.appintel.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Objects;

/**
 * The first stage's output: the spec as Swagger Parser read it, with what the later stages
 * need to locate problems and to stamp generated files. Swagger types stop at the model builder.
 *
 * <p>The document keeps every {@code $ref} as written, so that the names of the components it
 * refers to are known; the model builder resolves them (the loader has checked that each one
 * leads somewhere). Parsing once, unresolved, is also what keeps a cold run fast: Swagger
 * Parser's full resolution would be a second pass over the whole document.
 *
 * @param fileName  the spec's file name, for messages and headers
 * @param sha256    hex SHA-256 of the spec's bytes
 * @param asWritten the document with every {@code $ref} kept as written
 * @param tree      the same document as the tree it was parsed into, for checks that work on the
 *                  document as written (the linter's); JSON Pointers address it
 * @param positions line and column of each JSON Pointer in the spec file
 */
public record LoadedSpec(String fileName, String sha256, OpenAPI asWritten, JsonNode tree,
                         SourcePositions positions) {

    public LoadedSpec {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(positions, "positions");
    }
}
