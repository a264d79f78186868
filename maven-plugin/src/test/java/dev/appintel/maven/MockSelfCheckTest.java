package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSelfCheckTest {

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(int healthStatus, int apiStatus) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/__admin/health", exchange -> answer(exchange, healthStatus, "{\"status\":\"up\"}"));
        server.createContext("/v1/ios/apps", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            answer(exchange, apiStatus, "{\"apps\":[]}");
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void passesWhenTheApiCallAnswers200() throws Exception {
        URI baseUrl = serve(200, 200);

        String result = new MockSelfCheck(baseUrl, "t o", Duration.ofSeconds(5)).run(OptionalInt::empty);

        assertThat(result).startsWith("GET " + baseUrl + "/v1/ios/apps?app_ids=284882215&auth_token=*** answered 200");
        assertThat(queries).containsExactly("app_ids=284882215&auth_token=t+o");
    }

    @Test
    void failsNamingTheStatusAndBodyOfAnotherAnswer() throws Exception {
        URI baseUrl = serve(200, 403);

        assertThatThrownBy(() -> new MockSelfCheck(baseUrl, "t", Duration.ofSeconds(5)).run(OptionalInt::empty))
                .isInstanceOf(MockSelfCheck.Failure.class)
                .hasMessage("GET " + baseUrl + "/v1/ios/apps?app_ids=284882215&auth_token=*** answered 403, "
                        + "expected 200: {\"apps\":[]}");
    }

    @Test
    void failsWhenTheServerExitsBeforeAnswering() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + freePort());

        assertThatThrownBy(() -> new MockSelfCheck(nobody, "t", Duration.ofSeconds(30)).run(() -> OptionalInt.of(3)))
                .hasMessage("the server exited with status 3 before answering " + nobody
                        + "/__admin/health; its output above says why");
    }

    @Test
    void failsWhenHealthDoesNotAnswer200InTime() throws Exception {
        URI baseUrl = serve(503, 200);

        assertThatThrownBy(() -> new MockSelfCheck(baseUrl, "t", Duration.ofSeconds(1)).run(OptionalInt::empty))
                .hasMessage(baseUrl + "/__admin/health did not answer 200 within 1 s (last answer: 503); "
                        + "set appintel.mock.selfCheckTimeout to wait longer");
        assertThat(queries).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
