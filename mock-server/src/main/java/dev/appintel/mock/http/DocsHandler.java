package dev.appintel.mock.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the spec at {@code /openapi.yaml} and a Swagger UI page at {@code /docs} whose requests go
 * to this server; the Swagger UI files come from the swagger-ui web jar. Only {@code GET} and
 * {@code HEAD} are answered: the documents are read-only.
 */
final class DocsHandler implements HttpHandler {

    /** The spec's resource in the spec module's jar. */
    static final String SPEC_RESOURCE = "openapi/app-intelligence.yaml";

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "png", "image/png", "html", "text/html; charset=utf-8", "map", "application/json");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>App Intelligence API mock</title>
              <link rel="stylesheet" href="/docs/swagger-ui/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui/swagger-ui-bundle.js"></script>
              <script>
                SwaggerUIBundle({
                  url: "/openapi.yaml",
                  dom_id: "#swagger-ui",
                  requestInterceptor: function (request) {
                    var url = new URL(request.url, window.location.origin);
                    request.url = window.location.origin + url.pathname + url.search;
                    return request;
                  }
                });
              </script>
            </body>
            </html>
            """;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getAttachment(RequestTarget.KEY).path();
        HttpString method = exchange.getRequestMethod();
        if (!method.equals(Methods.GET) && !method.equals(Methods.HEAD)) {
            exchange.setStatusCode(405);
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(Json.error("Method " + method + " is not allowed at " + path
                    + "; allowed: GET, HEAD"));
            return;
        }
        if (path.equals("/openapi.yaml")) {
            send(exchange, "application/yaml", resource(SPEC_RESOURCE));
        } else if (path.equals("/docs") || path.equals("/docs/")) {
            send(exchange, TYPES.get("html"), Optional.of(PAGE.getBytes(StandardCharsets.UTF_8)));
        } else if (path.startsWith("/docs/swagger-ui/") && FILE_NAME.matcher(path.substring(17)).matches()) {
            String name = path.substring(17);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            send(exchange, TYPES.getOrDefault(extension, "application/octet-stream"), resource(WebJar.ROOT + name));
        } else {
            send(exchange, "", Optional.empty());
        }
    }

    private Optional<byte[]> resource(String name) {
        byte[] cached = cache.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = DocsHandler.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            cache.put(name, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Where the Swagger UI files are: read on first use, so that start-up does not open the jar for it. */
    private static final class WebJar {

        static final String ROOT = "META-INF/resources/webjars/swagger-ui/" + version() + "/";

        /** The version of the swagger-ui web jar, which the build writes into a resource. */
        private static String version() {
            Properties properties = new Properties();
            try (InputStream in = DocsHandler.class.getResourceAsStream("/dev/appintel/mock/appintel-mock-server.properties")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/appintel/mock/appintel-mock-server.properties");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("swagger-ui.version");
        }
    }

    private static void send(HttpServerExchange exchange, String type, Optional<byte[]> body) {
        if (body.isEmpty()) {
            exchange.setStatusCode(404);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(Json.error("No document at " + exchange.getAttachment(RequestTarget.KEY).path()));
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseSender().send(ByteBuffer.wrap(body.get()));
    }
}
