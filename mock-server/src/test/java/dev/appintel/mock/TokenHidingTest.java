package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API token is found by its decoded name, and by spellings close to it, and never shown: not
 * in the journal, not in the admin API's answers, not in error bodies.
 */
class TokenHidingTest {

    private static final String SECRET = "s3cret-token-value";

    private static MockServer server;
    private static URI base;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0).withTokens(Set.of(SECRET)));
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
    void aPercentEncodedNameIsTheTokenAndIsHidden() {
        HttpResponse<String> response = Http.get(base, "/v1/ios/apps?app_ids=1&auth%5Ftoken=" + SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(journalUri()).isEqualTo("/v1/ios/apps?app_ids=1&auth%5Ftoken=***");
    }

    @Test
    void closeSpellingsAreRefusedAsTokensButHidden() {
        for (String name : new String[] {"AUTH_TOKEN", "Auth_Token", "auth_token[]", "auth_token%5B%5D"}) {
            reset();
            Http.Raw response = Http.raw(base, "GET /v1/ios/apps?app_ids=1&" + name + "=" + SECRET + " HTTP/1.1\n"
                    + "Host: 127.0.0.1", "");

            assertThat(response.status()).as(name).isEqualTo(401);
            assertThat(response.body()).as(name).doesNotContain(SECRET);
            assertThat(journalUri()).as(name).isEqualTo("/v1/ios/apps?app_ids=1&" + name + "=***");
        }
    }

    @Test
    void aQueryEncodedIntoThePathIsHiddenInTheErrorAndTheJournal() {
        HttpResponse<String> response = Http.get(base, "/v1/ios/apps%3Fauth_token=" + SECRET);

        assertThat(response.body()).doesNotContain(SECRET).startsWith("{");
        assertThat(Http.get(base, "/__admin/requests").body()).doesNotContain(SECRET);
    }

    @Test
    void noAdminAnswerShowsTheToken() {
        Http.get(base, "/v1/ios/apps?app_ids=1&auth_token=" + SECRET);
        Http.get(base, "/v1/ios/apps?auth_token=" + SECRET);

        for (String path : new String[] {"/__admin/requests", "/__admin/config", "/__admin/health", "/__admin/scenarios"}) {
            assertThat(Http.get(base, path).body()).as(path).doesNotContain(SECRET);
        }
        assertThat(server.config().toString()).doesNotContain(SECRET);
    }

    /** The newest entry's URI; the server journals a request just after answering it, so this waits for it. */
    private static String journalUri() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            JsonNode journal = Bodies.read(Http.get(base, "/__admin/requests?limit=1").body());
            String uri = journal.at("/requests/0/uri").asText();
            if (!uri.isEmpty() || System.nanoTime() > deadline) {
                return uri;
            }
            Http.pause(20);
        }
    }
}
