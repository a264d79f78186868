package dev.appintel.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code appintel probe}'s options and exit codes; the probe itself is tested in its package. */
class ProbeCommandTest {

    private static final String TOKEN = "s3cret-Token-42";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = new CommandLine(new ProbeCommand(environment::get));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theTokenIsRequiredOnceOnlyAndItsVariableMustBeSet() {
        assertThat(run(Map.of(), "--base-url", "http://127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required argument", "--token", "--token-env");

        assertThat(run(Map.of(), "--base-url", "http://127.0.0.1:1", "--token", "a", "--token-env", "T")).isEqualTo(2);

        assertThat(run(Map.of(), "--base-url", "http://127.0.0.1:1", "--token-env", "APPINTEL_TOKEN")).isEqualTo(2);
        assertThat(err.toString()).contains("the environment variable APPINTEL_TOKEN is not set or empty");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsAUsageError() {
        assertThat(run(Map.of(), "--base-url", "ftp://example.com", "--token", TOKEN)).isEqualTo(2);
        assertThat(err.toString()).contains("the base URL must be an absolute http or https URL, got ftp://example.com");
    }

    @Test
    void aServiceThatCannotBeReachedExitsWith3NamingItsUrlNeverTheToken() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int exit = run(Map.of("APPINTEL_TOKEN", TOKEN), "--base-url", "http://127.0.0.1:" + port, "--token-env",
                "APPINTEL_TOKEN", "--out", dir.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("appintel: cannot reach http://127.0.0.1:" + port + ": connection refused"
                + System.lineSeparator());
    }

    @Test
    void answersThatAreAllRefusedCheckNothingAndExitWith3() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"error\": \"Invalid authentication token.\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            int exit = run(Map.of(), "--base-url", "http://127.0.0.1:" + server.getAddress().getPort(), "--token", TOKEN,
                    "--out", dir.toString(), "--pause", "0");

            assertThat(exit).isEqualTo(3);
            assertThat(out.toString()).startsWith("appintel probe: http://127.0.0.1:" + server.getAddress().getPort()
                    + ": no drift; 0 of ").containsPattern("0 of \\d+ operations answered with a success status");
            assertThat(err.toString()).contains("answered no call with a success status: nothing was checked");
            assertThat(out.toString() + err + Files.readString(dir.resolve("probe-report.md"))
                    + Files.readString(dir.resolve("probe-report.json"))).doesNotContain(TOKEN);
        } finally {
            server.stop(0);
        }
    }
}
