package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appintel:probe} translates the probe's outcome into the build's. */
class ProbeMojoTest {

    private static final String TOKEN = "s3cret-Token-42";

    @TempDir
    Path dir;

    private HttpServer server;

    /** A service that answers every call 200 with an empty object: drift in every operation. */
    private String emptyObjects() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private ProbeMojo mojo(String baseUrl) {
        ProbeMojo mojo = new ProbeMojo();
        mojo.baseUrl = baseUrl;
        mojo.tokenEnv = "APPINTEL_TOKEN";
        mojo.environment = Map.of("APPINTEL_TOKEN", TOKEN)::get;
        mojo.outputDirectory = dir.toFile();
        mojo.failOnDrift = true;
        mojo.timeoutSeconds = 20;
        mojo.budgetSeconds = 300;
        return mojo;
    }

    @Test
    void driftFailsTheBuildAndTheReportIsWritten() throws IOException {
        ProbeMojo mojo = mojo(emptyObjects());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("drift findings").hasMessageNotContaining(TOKEN);
        assertThat(Files.readString(dir.resolve("probe-report.md"))).contains("required property apps is missing")
                .doesNotContain(TOKEN);
    }

    @Test
    void withoutFailOnDriftTheBuildPasses() throws Exception {
        ProbeMojo mojo = mojo(emptyObjects());
        mojo.failOnDrift = false;

        mojo.execute();

        assertThat(dir.resolve("probe-report.json")).exists();
    }

    @Test
    void aServiceThatCannotBeReachedIsAnErrorNamingItsUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThatThrownBy(mojo("http://127.0.0.1:" + port)::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("appintel: cannot reach http://127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void withoutATokenTheGoalSaysWhereToPutIt() {
        ProbeMojo mojo = mojo("http://127.0.0.1:1");
        mojo.environment = name -> null;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("appintel: no token: set the environment variable APPINTEL_TOKEN (or appintel.probe.tokenEnv"
                        + " to another one)");
    }
}
