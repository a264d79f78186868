package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.mock.faults.FaultSettings;
import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.mock.junit.MockServerUrl;
import dev.appintel.spec.testing.SpecDocument;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code Prefer}, injected faults by header and by configuration, and scripted answers. */
@ExtendWith(MockServerExtension.class)
class FaultsTest {

    private static final String APPS = "/v1/android/apps?app_ids=com.facebook.katana&auth_token=t";

    @Test
    void preferCodeAnswersThatStatusWithItsDeclaredExample(@MockServerUrl URI base) {
        HttpResponse<String> unprocessable = Http.get(base, APPS, Map.of("Prefer", "code=422"));
        HttpResponse<String> throttled = Http.get(base, APPS, Map.of("Prefer", "code=429"));
        HttpResponse<String> failed = Http.get(base, APPS, Map.of("Prefer", "code=500"));

        assertThat(unprocessable.statusCode()).isEqualTo(422);
        assertThat(unprocessable.body()).isEqualTo("{\"errors\":[{\"title\":\"Required parameter: app_ids is missing\"}]}");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("1");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("{\"error\":\"Internal server error.\"}");
    }

    @Test
    void preferExampleAnswersTheSpecsExampleAsWritten(@MockServerUrl URI base) {
        HttpResponse<String> android = Http.get(base, APPS, Map.of("Prefer", "example=android"));
        HttpResponse<String> unknown = Http.get(base, APPS, Map.of("Prefer", "example=windows"));

        assertThat(android.statusCode()).isEqualTo(200);
        assertThat(Bodies.read(android.body())).isEqualTo(SpecDocument.operation("getApps").node()
                .at("/responses/200/content/application~1json/examples/android/value"));
        assertThat(android.body()).startsWith("{\"apps\":[{\"app_id\":\"com.facebook.katana\",\"canonical_country\":\"US\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("getApps has no 200 example 'windows'; its examples: android, ios");
    }

    @Test
    void aFaultHeaderAddsLatency(@MockServerUrl URI base) {
        long started = System.nanoTime();
        HttpResponse<String> response = Http.get(base, APPS, Map.of("X-Mock-Fault", "latency=300"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aFaultHeaderInjects500sAnd429sWithRetryAfter(@MockServerUrl URI base) {
        HttpResponse<String> error = Http.get(base, APPS, Map.of("X-Mock-Fault", "error-rate=1"));
        HttpResponse<String> throttled = Http.get(base, APPS, Map.of("X-Mock-Fault", "throttle-rate=1; retry-after=7"));

        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("7");
        assertThat(Http.get(base, APPS, Map.of("X-Mock-Fault", "error-rate=0")).statusCode()).isEqualTo(200);
    }

    @Test
    void aFaultHeaderDropsTheConnection(@MockServerUrl URI base) {
        assertThatThrownBy(() -> Http.get(base, APPS, Map.of("X-Mock-Fault", "drop-rate=1")))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aFaultHeaderSlowsTheBodyDown(@MockServerUrl URI base) {
        long started = System.nanoTime();
        HttpResponse<String> slow = Http.get(base, APPS, Map.of("X-Mock-Fault", "slow-body=500"));

        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(Bodies.read(slow.body()).at("/apps/0/app_id").asText()).isEqualTo("com.facebook.katana");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(450);
    }

    @Test
    void aBadFaultHeaderIsA400NamingTheDirective(@MockServerUrl URI base) {
        HttpResponse<String> response = Http.get(base, APPS, Map.of("X-Mock-Fault", "error-rate=2"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"X-Mock-Fault: error rate must be between 0 and 1, got 2.0\"}");
    }

    @Test
    void configuredFaultsApplyToEveryRequest() {
        FaultSettings faults = new FaultSettings(0, 0, 1, 0, 0, 0, 1);
        try (MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0).withFaults(faults))) {
            assertThat(Http.get(server.baseUrl(), APPS).statusCode()).isEqualTo(500);
            assertThat(Http.get(server.baseUrl(), APPS, Map.of("X-Mock-Fault", "error-rate=0")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aScriptedSequenceAnswersTheNextCallsThenNormally(@MockServerUrl URI base) {
        HttpResponse<String> queued = Http.admin(base, "POST", "/__admin/scenarios",
                "{\"operation\":\"getApps\",\"responses\":[{\"status\":429,\"times\":2},{\"status\":503}]}");

        assertThat(queued.statusCode()).isEqualTo(201);
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(429);
        assertThat(Http.get(base, "/v1/ios/apps?app_ids=1&auth_token=t").statusCode()).isEqualTo(429);
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(503);
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(200);
    }

    @Test
    void anInterimStatusCanBeNeitherPreferredNorScripted(@MockServerUrl URI base) {
        for (String code : List.of("100", "101", "102", "103")) {
            HttpResponse<String> response = Http.get(base, APPS, Map.of("Prefer", "code=" + code));

            assertThat(response.statusCode()).as(code).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(Bodies.read(response.body()).at("/errors/0/title").asText()).as(code)
                    .startsWith("Prefer: code=" + code + " is an interim (1xx) status");
        }
        HttpResponse<String> scripted = Http.admin(base, "POST", "/__admin/scenarios",
                "{\"operation\":\"getApps\",\"responses\":[{\"status\":101}]}");

        assertThat(scripted.statusCode()).isEqualTo(422);
        assertThat(Bodies.read(scripted.body()).at("/errors/0/title").asText()).startsWith("scenario: 'status' 101 is an interim");
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(200);
        assertThat(Http.get(base, APPS, Map.of("Prefer", "code=600")).statusCode()).isEqualTo(400);
    }

    @Test
    void aScriptForAnUnknownOperationIsRefused(@MockServerUrl URI base) {
        HttpResponse<String> response = Http.admin(base, "POST", "/__admin/scenarios",
                "{\"operation\":\"getNothing\",\"responses\":[{\"status\":429}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("'operation' must name an operation such as getApps, got 'getNothing'");
    }
}
