package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The mock server's admin API, as provider states use it. */
final class Admin {

    private Admin() {
    }

    /** Forgets the journal and every scripted answer. */
    static void reset(URI base) {
        HttpResponse<String> response = post(base, "/__admin/reset", "");
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    /** Resets, then has the next {@code times} calls of {@code operationId} answered with {@code status}. */
    static void script(URI base, String operationId, int status, int times) {
        reset(base);
        HttpResponse<String> response = post(base, "/__admin/scenarios", "{\"operation\":\"" + operationId
                + "\",\"responses\":[{\"status\":" + status + ",\"times\":" + times + "}]}");
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    /** The admin API takes writes only with a JSON content type, which keeps web pages from scripting it. */
    private static HttpResponse<String> post(URI base, String path, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
