package dev.appintel.mock.cli;

import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.faults.FaultSettings;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar appintel-mock-server.jar}: starts the mock server, prints its base URL, docs URL
 * and how to authenticate, and runs until stopped; SIGTERM and Ctrl-C shut it down gracefully (the
 * exit status is then the signal's). Exit codes otherwise: 2 for bad usage, 3 when the server
 * cannot start.
 */
@Command(name = "appintel-mock-server", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = MockServerCli.Version.class,
        description = "Serves the App Intelligence API from its spec: every request checked as the spec says, "
                + "every answer made up from one consistent, deterministic data universe.")
public final class MockServerCli implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "<port>", description = "Port to listen on; 0 picks a free one (default: 4010).")
    int port = MockServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "<host>", description = "Address to listen on (default: 127.0.0.1, loopback only).")
    String host = "127.0.0.1";

    @Option(names = "--seed", paramLabel = "<n>", description = "Seed of the data universe (default: 42).")
    long seed = MockServerConfig.DEFAULT_SEED;

    @Option(names = "--token", paramLabel = "<token>",
            description = "An accepted auth_token; repeat for more. Default: any non-empty token.")
    List<String> tokens = List.of();

    @Option(names = "--latency", paramLabel = "<ms>", description = "Delay before each answer: 200, or 100-300 for a random one.")
    String latency = "0";

    @Option(names = "--fault-rate", paramLabel = "<0..1>", description = "Share of requests answered 500.")
    double faultRate;

    @Option(names = "--throttle-rate", paramLabel = "<0..1>", description = "Share of requests answered 429 with Retry-After.")
    double throttleRate;

    @Option(names = "--drop-rate", paramLabel = "<0..1>", description = "Share of requests whose connection is closed unanswered.")
    double dropRate;

    @Option(names = "--slow-body", paramLabel = "<ms>", description = "Time each body takes to arrive, sent in pieces.")
    long slowBody;

    @Option(names = "--retry-after", paramLabel = "<s>", description = "Retry-After of a 429 (default: 1).")
    long retryAfter = 1;

    @Option(names = "--journal-size", paramLabel = "<n>", description = "Requests kept by the journal (default: 1000).")
    int journalSize = MockServerConfig.DEFAULT_JOURNAL_SIZE;

    @Option(names = "--today", paramLabel = "<date>", description = "The date 'today' stands for, YYYY-MM-DD (default: today).")
    LocalDate today = LocalDate.now();

    private final PrintWriter out;
    private final CountDownLatch stopped = new CountDownLatch(1);

    MockServerCli(PrintWriter out) {
        this.out = out;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        System.exit(new CommandLine(new MockServerCli(out)).setOut(out).execute(args));
    }

    @Override
    public Integer call() {
        MockServerConfig config;
        try {
            long[] range = FaultSettings.parseLatency(latency);
            config = new MockServerConfig(host, port, seed, new LinkedHashSet<>(tokens),
                    new FaultSettings(range[0], range[1], faultRate, throttleRate, dropRate, slowBody, retryAfter),
                    journalSize, today);
        } catch (IllegalArgumentException e) {
            System.err.println("appintel-mock-server: " + e.getMessage());
            return 2;
        }
        MockServer server;
        try {
            server = MockServer.start(config);
        } catch (RuntimeException e) {
            System.err.println("appintel-mock-server: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 3;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "appintel-mock-server-shutdown"));
        out.println(Banner.of(server.baseUrl(), config));
        awaitStop();
        return 0;
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MockServerCli.class.getPackage().getImplementationVersion();
            return new String[] {"appintel-mock-server " + (version == null ? "(development build)" : version)};
        }
    }
}
