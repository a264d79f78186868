package dev.appintel.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One declared response of an operation.
 *
 * @param status      the HTTP status
 * @param description Markdown, possibly empty
 * @param body        the JSON body's type, if the response has one
 * @param schemaName  the name of the body's schema in {@code components/schemas}, if it has one
 * @param headers     the names of the declared response headers, sorted
 * @param examples    named examples as compact JSON text, sorted by name; an unnamed
 *                    {@code example} is under the name {@code default}
 */
public record Response(
        int status,
        String description,
        Optional<TypeRef> body,
        Optional<String> schemaName,
        List<String> headers,
        Map<String, String> examples) {

    public Response {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(schemaName, "schemaName");
        headers = List.copyOf(headers);
        examples = Collections.unmodifiableMap(new TreeMap<>(examples));
    }
}
