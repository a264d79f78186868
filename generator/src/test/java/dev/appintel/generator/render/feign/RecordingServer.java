package dev.appintel.generator.render.feign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A real HTTP server on a free local port that records each request exactly as it arrived (the
 * raw, still percent-encoded path and query) and answers with a configurable JSON body.
 */
final class RecordingServer implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String rawPath, String rawQuery, String accept) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final List<Map<String, List<String>>> headers = new ArrayList<>();
    private String body = "{}";

    private RecordingServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on 127.0.0.1 and a free port. */
    static RecordingServer start() {
        try {
            return new RecordingServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's base URL. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the following requests with {@code json}. */
    synchronized void respond(String json) {
        this.body = json;
    }

    /** The last request received. */
    synchronized Request last() {
        return requests.get(requests.size() - 1);
    }

    /** A header of the last request received, if it had it. */
    synchronized Optional<String> lastHeader(String name) {
        return Optional.ofNullable(headers.get(headers.size() - 1).get(name.toLowerCase(Locale.ROOT)))
                .map(values -> values.get(0));
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] answer;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Accept")));
            Map<String, List<String>> received = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(Locale.ROOT), values));
            headers.add(received);
            answer = body.getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
