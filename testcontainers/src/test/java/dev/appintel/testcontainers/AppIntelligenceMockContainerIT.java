package dev.appintel.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container as a test uses it, started through the Docker API that {@code DOCKER_HOST} names
 * (podman's in this project's CI): ready when its health check answers, options applied.
 */
class AppIntelligenceMockContainerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void image() throws IOException {
        MockImage.ensureLoaded();
    }

    @Test
    void withDefaultsItAnswersValidRequestsAndRefusesInvalidOnes() throws Exception {
        try (AppIntelligenceMockContainer mock = new AppIntelligenceMockContainer()) {
            mock.start();
            assertThat(get(mock.baseUrl(), "__admin/health").statusCode()).isEqualTo(200);
            HttpResponse<String> apps = get(mock.baseUrl(), "v1/ios/apps?app_ids=284882215&auth_token=any-token");
            assertThat(apps.statusCode()).as(apps.body()).isEqualTo(200);
            assertThat(apps.body()).contains("\"app_id\":284882215");
            HttpResponse<String> invalid = get(mock.baseUrl(), "v1/ios/apps?auth_token=any-token");
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(invalid.body()).contains("Required parameter: app_ids is missing");
        }
    }

    @Test
    void typedOptionsReachTheServer() throws Exception {
        try (AppIntelligenceMockContainer mock = new AppIntelligenceMockContainer().withSeed(7).withTokens("qa-token")
                .withToday(LocalDate.of(2024, 6, 30)).withFaultRate(1)) {
            mock.start();
            String config = get(mock.baseUrl(), "__admin/config").body();
            assertThat(config).contains("\"seed\":7", "\"today\":\"2024-06-30\"");
            assertThat(get(mock.baseUrl(), "v1/ios/apps?app_ids=284882215&auth_token=other").statusCode()).isEqualTo(403);
            // Every accepted request gets the fault.
            assertThat(get(mock.baseUrl(), "v1/ios/apps?app_ids=284882215&auth_token=qa-token").statusCode()).isEqualTo(500);
        }
    }

    static HttpResponse<String> get(URI base, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
