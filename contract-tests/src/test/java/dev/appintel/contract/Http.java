package dev.appintel.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the tests: GET and POST against a running server, bodies as text. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** GETs {@code pathAndQuery} from the server at {@code base}. */
    static HttpResponse<String> get(URI base, String pathAndQuery) {
        return get(base, pathAndQuery, Map.of());
    }

    /** GETs with extra headers. */
    static HttpResponse<String> get(URI base, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return send(request.GET().build());
    }

    /** Sends a request with a body. */
    static HttpResponse<String> send(URI base, String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
