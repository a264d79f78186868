package dev.appintel.mock;

import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
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

    /**
     * GETs the spec's valid request of an operation ({@link ValidRequests}), with some parameters
     * replaced or added.
     */
    static HttpResponse<String> valid(URI base, String operationId, String os, Map<String, String> overrides,
            String token) {
        SpecDocument.Operation operation = SpecDocument.operation(operationId);
        Map<String, String> query = new LinkedHashMap<>(ValidRequests.query(operation, os));
        query.putAll(overrides);
        return get(base, ValidRequests.uri(operation, os, query, token));
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

    /** Sends an admin write, its body declared as JSON as the admin API requires. */
    static HttpResponse<String> admin(URI base, String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build());
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

    /**
     * An answer read off a raw connection.
     *
     * @param status the status
     * @param body   the body, as text
     */
    record Raw(int status, String body) {
    }

    /**
     * Sends {@code head} (request line and headers, lines separated by {@code \n}, no blank line)
     * and {@code body} on a new connection, as written: for what {@link HttpClient} will not send,
     * such as a {@code Host} header of our choosing or {@code []} in a query.
     */
    static Raw raw(URI base, String head, String body) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String request = head.replace("\n", "\r\n") + "\r\nConnection: close\r\n"
                    + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new Raw(status, bodyStart < 0 ? "" : answer.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sleeps, for tests that wait on something the server does just after answering. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
