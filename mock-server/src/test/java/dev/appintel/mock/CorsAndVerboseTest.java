package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The opt-in conveniences: {@code --cors} for apps in a browser, {@code --verbose} for a line per request. */
class CorsAndVerboseTest {

    private static final String APPS = "/v1/ios/apps?app_ids=284882215&auth_token=SECRET";

    @Test
    void withCorsAPreflightIsAnsweredAndAnyOriginMayReadTheApiButNotTheAdminApi() {
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0)
                .withConveniences(new MockServerConfig.Conveniences(true, false)))) {
            URI base = server.baseUrl();
            HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(base.resolve("/v1/ios/apps"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://app.example")
                    .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "prefer")
                    .build());

            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, HEAD");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).contains("prefer");

            HttpResponse<String> apps = Http.get(base, APPS, Map.of("Origin", "http://app.example"));
            assertThat(apps.statusCode()).isEqualTo(200);
            assertThat(apps.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
            assertThat(apps.headers().firstValue("Access-Control-Expose-Headers")).contains("Retry-After");

            HttpResponse<String> journal = Http.get(base, "/__admin/requests");
            assertThat(journal.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void withoutCorsNoCorsHeadersAreSent() {
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0))) {
            HttpResponse<String> apps = Http.get(server.baseUrl(), APPS, Map.of("Origin", "http://app.example"));

            assertThat(apps.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void verbosePrintsALinePerRequestWithTheTokenHidden() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0)
                .withConveniences(new MockServerConfig.Conveniences(false, true)))) {
            Http.get(server.baseUrl(), APPS);
            Http.get(server.baseUrl(), "/v1/ios/apps?auth_token=SECRET");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (printed.toString(StandardCharsets.UTF_8).lines().count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            System.setOut(original);
        }

        String lines = printed.toString(StandardCharsets.UTF_8);
        assertThat(lines).containsPattern("GET /v1/ios/apps\\?app_ids=284882215&auth_token=\\*\\*\\* 200 \\d+ ms")
                .containsPattern("GET /v1/ios/apps\\?auth_token=\\*\\*\\* 422 \\d+ ms").doesNotContain("SECRET");
    }
}
