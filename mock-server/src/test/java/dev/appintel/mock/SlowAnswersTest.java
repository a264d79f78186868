package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Slow answers (injected latency, slow bodies) wait on a timer, so that many of them starve nothing. */
class SlowAnswersTest {

    private static final String APPS = "/v1/ios/apps?app_ids=284882215&auth_token=t";

    @Test
    void manySlowAnswersLeaveTheAdminApiAndOtherRequestsFast() {
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            // more than the 64 worker threads, of both kinds of slowness
            for (int i = 0; i < 100; i++) {
                String fault = i % 4 == 0 ? "slow-body=5000" : "latency=5000";
                slow.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + APPS))
                        .header("X-Mock-Fault", fault).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.requestCount() < 100 && System.nanoTime() < deadline) {
                Http.pause(10);
            }
            assertThat(server.requestCount()).isGreaterThanOrEqualTo(100);

            long started = System.nanoTime();
            HttpResponse<String> health = Http.get(server.baseUrl(), "/__admin/health");
            HttpResponse<String> apps = Http.get(server.baseUrl(), APPS);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(apps.statusCode()).isEqualTo(200);
            assertThat(millis).as("health and a plain request while 100 slow answers wait").isLessThan(2_000);
            for (CompletableFuture<HttpResponse<String>> answer : slow) {
                HttpResponse<String> response = answer.join();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(Bodies.read(response.body()).at("/apps/0/app_id").asText()).isEqualTo("284882215");
            }
        }
    }
}
