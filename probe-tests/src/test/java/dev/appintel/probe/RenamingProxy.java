package dev.appintel.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A service that drifted from the spec: a proxy in front of the mock server that renames one
 * property in the answers of {@code getApps} ({@code /v1/{os}/apps}) and passes everything else on.
 */
final class RenamingProxy implements AutoCloseable {

    private static final Pattern GET_APPS = Pattern.compile("/v1/[^/]+/apps");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;
    private final String from;
    private final String to;
    private final AtomicInteger renamed = new AtomicInteger();

    RenamingProxy(URI target, String from, String to) throws IOException {
        this.target = target;
        this.from = from;
        this.to = to;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many answers had the property renamed. */
    int renamed() {
        return renamed.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(target.resolve(
                    exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = answer.body();
            if (GET_APPS.matcher(exchange.getRequestURI().getRawPath()).matches() && body.contains("\"" + from + "\"")) {
                body = body.replace("\"" + from + "\"", "\"" + to + "\"");
                renamed.incrementAndGet();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            answer.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
