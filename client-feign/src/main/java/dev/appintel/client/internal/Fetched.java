package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One success response, read as a tree.
 *
 * @param body   the JSON body
 * @param status the HTTP status
 * @param url    the request URL, without the token
 */
public record Fetched(JsonNode body, int status, String url) {

    /** Checks that nothing is {@code null}. */
    public Fetched {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
    }
}
