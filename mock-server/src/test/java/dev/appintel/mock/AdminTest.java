package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.testing.SpecDocument;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API, the journal and its bound, and the documents the server serves. */
class AdminTest {

    private static MockServer server;
    private static URI base;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0).withJournalSize(5));
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
    void healthSaysUpAndCountsTheOperations() {
        JsonNode health = Bodies.read(Http.get(base, "/__admin/health").body());

        assertThat(health.path("status").asText()).isEqualTo("up");
        assertThat(health.path("operations").asInt()).isEqualTo(SpecDocument.operations().size());
    }

    @Test
    void theJournalKeepsEachRequestWithItsValidationOutcomeAndHidesTheToken() {
        Http.get(base, "/v1/ios/apps?app_ids=1&auth_token=secret");
        Http.get(base, "/v1/ios/apps?auth_token=secret&country=usa");

        JsonNode journal = Bodies.read(Http.get(base, "/__admin/requests?status=422").body());

        assertThat(journal.path("requests")).hasSize(1);
        JsonNode entry = journal.at("/requests/0");
        assertThat(entry.path("operation").asText()).isEqualTo("getApps");
        assertThat(entry.path("uri").asText()).isEqualTo("/v1/ios/apps?auth_token=***&country=usa");
        assertThat(entry.path("validation").get(0).asText()).isEqualTo("Required parameter: app_ids is missing");
        assertThat(entry.path("validation").get(1).asText()).startsWith("Invalid parameter: country");
    }

    @Test
    void theJournalFiltersByOperationAndIsBounded() {
        for (int i = 0; i < 8; i++) {
            Http.get(base, "/v1/ios/apps?app_ids=" + i + "&auth_token=t");
        }
        Http.get(base, "/v1/ios/apps/version_history?app_id=1&auth_token=t");

        JsonNode all = Bodies.read(Http.get(base, "/__admin/requests").body());
        JsonNode versions = Bodies.read(Http.get(base, "/__admin/requests?operation=getVersionHistory").body());

        assertThat(all.path("requests")).hasSize(5);
        assertThat(all.path("recorded").asInt()).isEqualTo(9);
        assertThat(all.path("dropped").asInt()).isEqualTo(4);
        assertThat(all.at("/requests/0/operation").asText()).isEqualTo("getVersionHistory");
        assertThat(versions.path("requests")).hasSize(1);
        assertThat(Bodies.read(Http.get(base, "/__admin/requests?limit=2").body()).path("requests")).hasSize(2);
    }

    @Test
    void theEffectiveConfigurationIsShownWithoutTokens() {
        JsonNode config = Bodies.read(Http.get(base, "/__admin/config").body());

        assertThat(config.path("port").asInt()).isEqualTo(server.port());
        assertThat(config.path("seed").asLong()).isEqualTo(MockServerConfig.DEFAULT_SEED);
        assertThat(config.path("journalSize").asInt()).isEqualTo(5);
        assertThat(config.path("tokens").asText()).isEqualTo("any non-empty token");
        assertThat(config.at("/faults/errorRate").asDouble()).isZero();
    }

    @Test
    void anUnknownAdminEndpointIs404() {
        HttpResponse<String> response = Http.get(base, "/__admin/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No admin endpoint GET /__admin/nothing");
    }

    @Test
    void theSpecAndTheSwaggerUiPageAreServed() {
        HttpResponse<String> spec = Http.get(base, "/openapi.yaml");
        HttpResponse<String> docs = Http.get(base, "/docs");
        HttpResponse<String> script = Http.get(base, "/docs/swagger-ui/swagger-ui-bundle.js");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3.0.3").contains("operationId: getApps");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("SwaggerUIBundle", "/openapi.yaml");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).contains("text/javascript");
        assertThat(Http.get(base, "/docs/swagger-ui/..%2Fsecret").statusCode()).isEqualTo(404);
    }

    @Test
    void theDocumentsAnswerOnlyGetAndHead() {
        for (String path : List.of("/openapi.yaml", "/docs", "/docs/swagger-ui/swagger-ui.css")) {
            HttpResponse<String> post = Http.send(base, "POST", path, "x");

            assertThat(post.statusCode()).as(path).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).as(path).contains("GET, HEAD");
            assertThat(post.headers().firstValue("Content-Type")).as(path).contains("application/json");
            assertThat(Bodies.read(post.body()).path("error").asText()).as(path)
                    .isEqualTo("Method POST is not allowed at " + path + "; allowed: GET, HEAD");
        }
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(base + "/openapi.yaml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(200);
    }
}
