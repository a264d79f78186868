package dev.appintel.mock.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The health probe against a real mock server, a wrong path and a port nobody listens on. */
class HealthProbeTest {

    @Test
    void aRunningServerIsHealthy() {
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0))) {
            assertThat(HealthProbe.problem(server.baseUrl().resolve("/__admin/health"))).isNull();
        }
    }

    @Test
    void anotherAnswerThan200IsAProblemNamingTheStatus() {
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0))) {
            assertThat(HealthProbe.problem(server.baseUrl().resolve("/__admin/nothing-here")))
                    .contains("answered 404");
        }
    }

    @Test
    void noServerIsAProblemSayingSo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(HealthProbe.problem(URI.create("http://127.0.0.1:" + port + "/__admin/health")))
                .contains("did not answer");
    }
}
