package dev.appintel.mock;

import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.admin.JournalEntry;
import dev.appintel.mock.faults.Scenarios;
import dev.appintel.mock.http.ServerHandlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running mock server of the App Intelligence API. Start one with {@link #start}, read its
 * {@link #baseUrl}, and {@link #close} it: in-flight requests get up to five seconds to finish.
 * No type of the HTTP server it runs on appears here.
 */
public final class MockServer implements AutoCloseable {

    /** How long {@link #close} waits for in-flight requests. */
    public static final long SHUTDOWN_MILLIS = 5_000;

    private static final Logger[] QUIET = {Logger.getLogger("org.xnio"), Logger.getLogger("io.undertow"),
        Logger.getLogger("org.jboss.threads")};

    private final MockServerConfig config;
    private final Undertow undertow;
    private final GracefulShutdownHandler shutdown;
    private final LongAdder requests;
    private final URI baseUrl;

    private MockServer(MockServerConfig config, Undertow undertow, GracefulShutdownHandler shutdown, LongAdder requests) {
        this.undertow = undertow;
        this.shutdown = shutdown;
        this.requests = requests;
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        this.config = config.withPort(address.getPort());
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        this.baseUrl = URI.create("http://" + host + ":" + address.getPort());
    }

    /**
     * Starts a server.
     *
     * @param config how it runs; port 0 picks a free port
     * @return the running server
     */
    public static MockServer start(MockServerConfig config) {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        Journal journal = new Journal(config.journalSize(),
                config.conveniences().verbose() ? MockServer::printRequestLine : entry -> { });
        LongAdder requests = new LongAdder();
        HttpHandler root = ServerHandlers.root(config, journal, new Scenarios());
        GracefulShutdownHandler shutdown = new GracefulShutdownHandler(exchange -> {
            requests.increment();
            root.handleRequest(exchange);
        });
        Undertow undertow = Undertow.builder()
                .addHttpListener(config.port(), config.host())
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setWorkerThreads(64)
                // The target is passed through undecoded and checked by the mock (RequestTarget), which
                // answers bad encodings and targets over 64 KiB with JSON; Undertow's own refusals are
                // empty 400s, so its limits sit above the mock's: 1 MiB of head, and more parameters
                // than 1 MiB can hold.
                .setServerOption(UndertowOptions.DECODE_URL, false)
                .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 1024 * 1024)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 512 * 1024)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 64L * 1024)
                // Undertow closes such connections without an answer: it offers no hook to write a 408
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) config.bounds().requestTimeoutMillis())
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) config.bounds().idleTimeoutMillis())
                .setHandler(shutdown)
                .build();
        undertow.start();
        return new MockServer(config, undertow, shutdown, requests);
    }

    /** {@code --verbose}'s line for a request, e.g. {@code GET /v1/ios/apps?app_ids=1&auth_token=*** 200 3 ms}. */
    private static void printRequestLine(JournalEntry entry) {
        System.out.println(entry.method() + " " + entry.uri() + " " + entry.status() + " " + entry.millis() + " ms");
    }

    /** @return the base URL, e.g. {@code http://127.0.0.1:4010} */
    public URI baseUrl() {
        return baseUrl;
    }

    /** @return the port it listens on */
    public int port() {
        return baseUrl.getPort();
    }

    /** @return how many requests it has received, of any kind, since it started */
    public long requestCount() {
        return requests.sum();
    }

    /** @return the configuration it runs with, with the actual port */
    public MockServerConfig config() {
        return config;
    }

    /** Stops accepting requests, waits up to {@link #SHUTDOWN_MILLIS} for those in flight, and stops. */
    @Override
    public void close() {
        shutdown.shutdown();
        try {
            shutdown.awaitShutdown(SHUTDOWN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
    }
}
