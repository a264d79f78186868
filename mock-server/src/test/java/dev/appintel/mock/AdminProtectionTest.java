package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin API against a browser and careless scripts: writes must be JSON, {@code Host} and
 * {@code Origin} must name this server, the admin token is required when configured, and
 * scripted answers are checked and answer what was scripted.
 */
class AdminProtectionTest {

    private static final String APPS = "/v1/ios/apps?app_ids=284882215&auth_token=t";
    private static final String SCRIPT_500 = "{\"operation\":\"getApps\",\"responses\":[{\"status\":500}]}";

    private static MockServer server;
    private static URI base;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0));
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        assertThat(Http.admin(base, "POST", "/__admin/reset", "").statusCode()).isEqualTo(200);
    }

    @Test
    void aWriteThatIsNotJsonIs415AndChangesNothing() {
        HttpResponse<String> plain = Http.send(HttpRequest.newBuilder(URI.create(base + "/__admin/scenarios"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "text/plain").header("Origin", "http://localhost")
                .POST(HttpRequest.BodyPublishers.ofString(SCRIPT_500)).build());
        HttpResponse<String> none = Http.send(base, "POST", "/__admin/reset", "");

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(error(plain.body())).contains("Content-Type: application/json").contains("'text/plain'");
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestFromAPageOfAnotherOriginIs403() {
        HttpResponse<String> evil = post("/__admin/scenarios", SCRIPT_500, Map.of("Origin", "http://evil.example"));
        HttpResponse<String> nullOrigin = post("/__admin/scenarios", SCRIPT_500, Map.of("Origin", "null"));
        HttpResponse<String> read = Http.get(base, "/__admin/requests", Map.of("Origin", "https://evil.example"));

        assertThat(evil.statusCode()).isEqualTo(403);
        assertThat(error(evil.body())).contains("Origin 'http://evil.example'");
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(200);
        assertThat(post("/__admin/scenarios", SCRIPT_500, Map.of("Origin", "http://localhost:3000")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aHostHeaderThatNamesAnotherServerIs403() {
        Http.Raw rebound = Http.raw(base, "GET /__admin/requests HTTP/1.1\nHost: evil.example:" + base.getPort(), "");
        Http.Raw local = Http.raw(base, "GET /__admin/requests HTTP/1.1\nHost: LOCALHOST:" + base.getPort(), "");
        Http.Raw ipv6 = Http.raw(base, "GET /__admin/requests HTTP/1.1\nHost: [::1]:" + base.getPort(), "");

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(error(rebound.body())).contains("Host").contains("'evil.example:" + base.getPort() + "'");
        assertThat(local.status()).isEqualTo(200);
        assertThat(ipv6.status()).isEqualTo(200);
    }

    @Test
    void healthAnswersProbesUnderAnyHostName() {
        Http.Raw service = Http.raw(base, "GET /__admin/health HTTP/1.1\nHost: appintel-mock.qa.svc.cluster.local:4010", "");
        Http.Raw requests = Http.raw(base, "GET /__admin/requests HTTP/1.1\nHost: appintel-mock.qa.svc.cluster.local:4010", "");

        assertThat(service.status()).isEqualTo(200);
        assertThat(requests.status()).as("only health").isEqualTo(403);
    }

    @Test
    void theAdminTokenIsRequiredWhenConfiguredButNotForHealth() {
        try (MockServer guarded = MockServer.start(MockServerConfig.defaults().withPort(0).withAdminToken("adm1n"))) {
            URI url = guarded.baseUrl();
            HttpResponse<String> without = Http.get(url, "/__admin/requests");
            HttpResponse<String> wrong = Http.get(url, "/__admin/requests", Map.of("X-Admin-Token", "guess"));
            HttpResponse<String> right = Http.get(url, "/__admin/config", Map.of("X-Admin-Token", "adm1n"));

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(error(without.body())).contains("X-Admin-Token");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).doesNotContain("adm1n").contains("\"adminToken\":\"required\"");
            assertThat(Http.get(url, "/__admin/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownKeysOfAScenarioAre422NamingThemAndNothingIsQueued() {
        HttpResponse<String> response = Http.admin(base, "POST", "/__admin/scenarios", "{\"operation\":\"getApps\","
                + "\"responses\":[{\"status\":200,\"body\":{\"apps\":[]},\"headers\":{\"X-A\":\"b\"}}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = Bodies.read(response.body()).path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("title").asText()).contains("responses[0]").contains("unknown key 'body'");
        assertThat(errors.get(1).path("title").asText()).contains("unknown key 'headers'");
        assertThat(Http.get(base, "/__admin/scenarios").body()).isEqualTo("{}");
    }

    @Test
    void aScripted200AnswersTheExampleOfTheRequestedOs() {
        script("getApps", 200, 2);

        JsonNode ios = Bodies.read(Http.get(base, APPS).body());
        JsonNode android = Bodies.read(Http.get(base, "/v1/android/apps?app_ids=com.facebook.katana&auth_token=t").body());

        assertThat(ios.at("/apps/0/os").asText()).isEqualTo("ios");
        assertThat(android.at("/apps/0/os").asText()).isEqualTo("android");
    }

    @Test
    void aScripted422SaysItWasScripted() {
        script("getApps", 422, 1);

        HttpResponse<String> response = Http.get(base, APPS);

        assertThat(response.statusCode()).isEqualTo(422);
        String title = Bodies.read(response.body()).at("/errors/0/title").asText();
        assertThat(title).contains("Scripted").contains("getApps").doesNotContain("missing");
    }

    @Test
    void malformedJsonIs400WithItsLineAndColumnAndNoParserInternals() {
        HttpResponse<String> response = Http.admin(base, "POST", "/__admin/scenarios", "{\"operation\":\"getApps\",\n}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response.body())).startsWith("The scenario is not valid JSON at line 2, column 1")
                .doesNotContain("Source", "jackson", "Feature", "REDACTED");
    }

    @Test
    void aScenarioThatIsNotAnObjectOrHasTrailingTextIsRefused() {
        assertThat(Http.admin(base, "POST", "/__admin/scenarios", "[1]").statusCode()).isEqualTo(422);
        assertThat(Http.admin(base, "POST", "/__admin/scenarios", SCRIPT_500 + " x").statusCode()).isEqualTo(400);
        assertThat(Http.admin(base, "POST", "/__admin/scenarios", "").statusCode()).isEqualTo(422);
        assertThat(Http.get(base, APPS).statusCode()).isEqualTo(200);
    }

    private static void script(String operation, int status, int times) {
        HttpResponse<String> response = Http.admin(base, "POST", "/__admin/scenarios", "{\"operation\":\"" + operation
                + "\",\"responses\":[{\"status\":" + status + ",\"times\":" + times + "}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return Http.send(request.build());
    }

    /** The {@code error} of a JSON error body; fails when the body is not one. */
    private static String error(String body) {
        JsonNode error = Bodies.read(body).path("error");
        assertThat(error.isTextual()).as(body).isTrue();
        return error.asText();
    }
}
