package dev.appintel.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One declared response of an operation.
 *
 * @param status   the HTTP status
 * @param body     the shape of its JSON body, if it has one
 * @param headers  the names of its declared headers, sorted
 * @param examples its named examples as compact JSON, sorted by name ({@code default} for an unnamed one)
 */
public record Reply(int status, Optional<Shape> body, List<String> headers, Map<String, String> examples) {

    public Reply {
        Objects.requireNonNull(body, "body");
        headers = List.copyOf(headers);
        examples = Collections.unmodifiableMap(new TreeMap<>(examples));
    }
}
