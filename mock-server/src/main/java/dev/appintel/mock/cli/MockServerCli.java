package dev.appintel.mock.cli;

import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.faults.FaultSettings;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar appintel-mock-server.jar}: starts the mock server, prints its base URL, docs URL
 * and how to authenticate, and runs until stopped; SIGTERM and Ctrl-C shut it down gracefully (the
 * exit status is then the signal's). {@code --help} lists the options ({@link Options}). Once a
 * burst of requests is over, it gives memory back ({@link IdleCollector}). Exit codes otherwise: 2
 * for bad usage, 3 when the server cannot start.
 */
public final class MockServerCli {

    private final CountDownLatch stopped = new CountDownLatch(1);

    private MockServerCli() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(new MockServerCli().run(args));
    }

    private int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            return 2;
        }
        return switch (options.action) {
            case HELP -> {
                System.out.print(Options.USAGE);
                yield 0;
            }
            case VERSION -> {
                System.out.println(version());
                yield 0;
            }
            case SERVE -> serve(options);
        };
    }

    private int serve(Options options) {
        MockServerConfig config;
        try {
            long[] range = FaultSettings.parseLatency(options.latency);
            config = new MockServerConfig(options.host, options.port, options.seed, new LinkedHashSet<>(options.tokens),
                    new FaultSettings(range[0], range[1], options.faultRate, options.throttleRate, options.dropRate,
                            options.slowBody, options.retryAfter),
                    options.journalSize, options.today, Optional.ofNullable(options.adminToken), options.remoteAdmin,
                    new MockServerConfig.Bounds(options.requestTimeout, options.idleTimeout, options.maxBodySize),
                    new MockServerConfig.Conveniences(options.cors, options.verbose),
                    new MockServerConfig.Realism(options.realism, options.realismDelay));
        } catch (IllegalArgumentException e) {
            System.err.println("appintel-mock-server: " + e.getMessage());
            return 2;
        }
        MockServer server;
        try {
            server = startWithoutMBeans(config);
        } catch (RuntimeException e) {
            System.err.println("appintel-mock-server: cannot listen on " + options.host + ":" + options.port + ": "
                    + e.getMessage());
            return 3;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            // what the run asked of the API, for whoever started it (appintel:mock relays it too)
            System.out.println(server.coverage().markdown());
            stopped.countDown();
        }, "appintel-mock-server-shutdown"));
        System.out.println(Banner.of(server.baseUrl(), config));
        IdleCollector.start(server::requestCount);
        awaitStop();
        return 0;
    }

    /** Starts the server without creating the platform MBean server ({@link RefusedMBeanServerBuilder}). */
    private static MockServer startWithoutMBeans(MockServerConfig config) {
        String property = "javax.management.builder.initial";
        if (System.getProperty(property) != null) {
            return MockServer.start(config);
        }
        System.setProperty(property, RefusedMBeanServerBuilder.class.getName());
        try {
            return MockServer.start(config);
        } finally {
            System.clearProperty(property);
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What {@code --version} prints: the jar's implementation version, if it has one. */
    private static String version() {
        String version = MockServerCli.class.getPackage().getImplementationVersion();
        return "appintel-mock-server " + (version == null ? "(development build)" : version);
    }
}
