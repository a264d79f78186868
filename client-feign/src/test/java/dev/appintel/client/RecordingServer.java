package dev.appintel.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 and a free port that records every request exactly as it arrived
 * (method, raw path and raw query, still percent-encoded) and answers from a script: queued replies
 * first, then a responder function.
 */
final class RecordingServer implements AutoCloseable {

    /** One request as received. */
    record Exchange(String method, String path, String query) {

        /** The raw query, or empty. */
        String queryOrEmpty() {
            return query == null ? "" : query;
        }

        /** The raw query without the token parameter. */
        String queryWithoutToken() {
            return queryOrEmpty().replaceAll("&?auth_token=[^&]*", "");
        }
    }

    /** One scripted answer. */
    record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
        }

        Reply header(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, all, body, delay);
        }

        Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Exchange> requests = new ArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private Function<Exchange, Reply> responder = exchange -> Reply.json("{}");

    private RecordingServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static RecordingServer start() {
        try {
            return new RecordingServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next requests with these replies, in order. */
    synchronized RecordingServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers requests the queue does not cover. */
    synchronized RecordingServer answer(Function<Exchange, Reply> function) {
        this.responder = function;
        return this;
    }

    synchronized List<Exchange> requests() {
        return List.copyOf(requests);
    }

    synchronized Exchange last() {
        return requests.get(requests.size() - 1);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            Reply reply = reply(new Exchange(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery()));
            sleep(reply.delay());
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    private synchronized Reply reply(Exchange exchange) {
        requests.add(exchange);
        return script.isEmpty() ? responder.apply(exchange) : script.poll();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
