package dev.appintel.mock;

import dev.appintel.mock.admin.Coverage;
import dev.appintel.mock.admin.Journal;
import dev.appintel.mock.admin.JournalEntry;
import dev.appintel.mock.faults.Scenarios;
import dev.appintel.mock.http.HttpListener;
import dev.appintel.mock.http.ServerHandlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
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
    private final HttpListener listener;
    private final Coverage coverage;
    private final Journal journal;
    private final GracefulShutdownHandler shutdown;
    private final LongAdder requests;
    private final URI baseUrl;

    private MockServer(MockServerConfig config, HttpListener listener, GracefulShutdownHandler shutdown, LongAdder requests,
            Coverage coverage, Journal journal) {
        this.listener = listener;
        this.coverage = coverage;
        this.journal = journal;
        this.shutdown = shutdown;
        this.requests = requests;
        this.config = config.withPort(listener.port());
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        this.baseUrl = URI.create("http://" + host + ":" + listener.port());
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
        Coverage coverage = ServerHandlers.newCoverage();
        HttpHandler root = ServerHandlers.root(config, journal, new Scenarios(), coverage);
        GracefulShutdownHandler shutdown = new GracefulShutdownHandler(exchange -> {
            requests.increment();
            root.handleRequest(exchange);
        });
        HttpListener listener = HttpListener.start(config.host(), config.port(), 64,
                config.bounds().requestTimeoutMillis(), config.bounds().idleTimeoutMillis(), shutdown);
        return new MockServer(config, listener, shutdown, requests, coverage, journal);
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

    /**
     * What the API was asked since the start or the last reset ({@code DELETE /__admin/requests},
     * {@code DELETE /__admin/coverage}, {@code POST /__admin/reset}): for each operation of the
     * spec, calls, statuses, parameters sent and enum values used.
     *
     * @return the coverage now
     */
    public Coverage.Report coverage() {
        return coverage.report();
    }

    /**
     * Assertions over the requests this server received for one operation, from its journal:
     * {@code mock.verify("getApps").withParameter("os", "ios").calledTimes(2)}.
     *
     * @param operationId the spec's operationId
     * @return the verification of all its requests
     * @throws IllegalArgumentException when the spec has no such operation
     */
    public RequestVerification verify(String operationId) {
        if (!coverage.knows(operationId)) {
            throw new IllegalArgumentException("No operation " + operationId + " in the spec; it has " + coverage.report()
                    .operations().stream().map(operation -> operation.operation().operationId()).toList());
        }
        return new RequestVerification(journal, operationId);
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
        listener.close();
    }
}
