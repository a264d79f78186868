package dev.appintel.generator.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.appintel.generator.model.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the service: a JDK HTTP server that answers every operation of the real spec with
 * the spec's own example of its 200 answer (the one named after the platform in the path, else the
 * first), after an optional rewrite. It records the raw request URIs it receives.
 */
final class ExampleService implements AutoCloseable {

    /** What to answer: a status and a body, given the operation and the example's JSON text. */
    interface Answerer extends BiFunction<Operation, String, Reply> {
    }

    /** An answer of the stand-in. */
    record Reply(int status, String contentType, String body) {
        static Reply json(String body) {
            return new Reply(200, "application/json", body);
        }
    }

    static final ProbeSpec SPEC = ProbeSpec.load(java.util.Optional.empty());
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final SchemaTree tree = new SchemaTree(SPEC.loaded().tree());

    ExampleService(Answerer answerer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, answerer));
        server.start();
    }

    /** Answers every operation with its example, unchanged. */
    static ExampleService faithful() throws IOException {
        return new ExampleService((operation, example) -> Reply.json(example));
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange, Answerer answerer) throws IOException {
        requests.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
        String path = exchange.getRequestURI().getRawPath();
        Reply reply = new Reply(404, "application/json", "{\"error\":\"no route\"}");
        for (Operation operation : SPEC.model().operations()) {
            Matcher matcher = Pattern.compile(operation.path().replaceAll("\\{[^}]+}", "([^/]+)")).matcher(path);
            if (matcher.matches()) {
                String platform = matcher.groupCount() > 0 ? matcher.group(1) : "";
                reply = answerer.apply(operation, example(operation, platform).toString());
                break;
            }
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private JsonNode example(Operation operation, String platform) {
        SchemaTree.Located media = tree.resolve(tree.at(operation.location().pointer()).child("responses").child("200"))
                .child("content").child("application/json");
        JsonNode examples = media.node().path("examples");
        String name = examples.has(platform) ? platform : examples.fieldNames().next();
        return tree.resolve(media.child("examples").child(name)).node().path("value");
    }

    /** How many requests were sent for paths ending with {@code suffix}. */
    long count(String suffix) {
        return requests.stream().filter(request -> request.substring(0, request.indexOf('?')).endsWith(suffix)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
