package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.error.AppIntelligenceException;
import dev.appintel.client.error.ForbiddenException;
import dev.appintel.client.error.RateLimitedException;
import dev.appintel.client.error.RequestTimeoutException;
import dev.appintel.client.error.ResponseDecodingException;
import dev.appintel.client.error.ServerErrorException;
import dev.appintel.client.error.TransportException;
import dev.appintel.client.error.UnauthorizedException;
import dev.appintel.client.error.UnexpectedStatusException;
import dev.appintel.client.error.ValidationFailedException;
import dev.appintel.client.model.OsIosAndroid;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each failure becomes its typed exception, with status, operation, the URL without token, and the API's words. */
class ErrorMappingTest {

    private static final String URL_PATH = "/v1/ios/apps?app_ids=1";

    private final RecordingServer server = RecordingServer.start();
    private final FakeTime time = new FakeTime();
    private final AppIntelligence client = TestClients.builder(server, time).retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void status401IsUnauthorizedWithTheApiMessage() {
        server.enqueue(Reply.status(401, "{\"error\": \"Invalid authentication token.\"}"));

        UnauthorizedException e = call(UnauthorizedException.class);

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.operation()).isEqualTo("getApps");
        assertThat(e.url()).isEqualTo(server.url() + URL_PATH);
        assertThat(e).hasMessage("getApps: HTTP 401 from GET " + server.url() + URL_PATH + ": Invalid authentication token.");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void status403IsForbidden() {
        server.enqueue(Reply.status(403, "{\"error\": \"Your API token is not authorized.\"}"));

        assertThat(call(ForbiddenException.class)).hasMessageEndingWith(": Your API token is not authorized.");
    }

    @Test
    void status422CarriesEveryErrorTitle() {
        server.enqueue(Reply.status(422, "{\"errors\": [{\"title\": \"Required parameter: app_ids is missing\"},"
                + " {\"title\": \"Invalid country\"}]}"));

        ValidationFailedException e = call(ValidationFailedException.class);

        assertThat(e.errors()).containsExactly("Required parameter: app_ids is missing", "Invalid country");
        assertThat(e).hasMessageEndingWith(": Required parameter: app_ids is missing; Invalid country");
    }

    @Test
    void status429CarriesRetryAfterInSecondsOrAsADate() {
        server.enqueue(Reply.status(429, "{\"error\": \"Too many requests.\"}").header("Retry-After", "17"),
                Reply.status(429, "").header("Retry-After", "Mon, 05 Jan 2026 00:01:00 GMT"),
                Reply.status(429, ""));

        assertThat(call(RateLimitedException.class).retryAfter()).contains(Duration.ofSeconds(17));
        assertThat(call(RateLimitedException.class).retryAfter()).contains(Duration.ofSeconds(60));
        RateLimitedException without = call(RateLimitedException.class);
        assertThat(without.retryAfter()).isEmpty();
        assertThat(without.retryable()).isTrue();
    }

    @Test
    void status5xxIsServerErrorAndOtherStatusesUnexpected() {
        server.enqueue(Reply.status(502, "<html>Bad gateway</html>"), Reply.status(404, "{\"error\": \"Not found\"}"));

        ServerErrorException serverError = call(ServerErrorException.class);
        UnexpectedStatusException notFound = call(UnexpectedStatusException.class);

        assertThat(serverError.status()).isEqualTo(502);
        assertThat(serverError).hasMessageEndingWith(": <html>Bad gateway</html>");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.retryable()).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonIsAResponseDecodingException() {
        server.enqueue(Reply.json("{\"apps\": [oops"));

        ResponseDecodingException e = call(ResponseDecodingException.class);

        assertThat(e.status()).isEqualTo(200);
        assertThat(e.url()).isEqualTo(server.url() + URL_PATH);
    }

    @Test
    void aJsonBodyOfTheWrongShapeIsAResponseDecodingException() {
        server.enqueue(Reply.json("{\"apps\": {\"not\": \"a list\"}}"));

        assertThat(call(ResponseDecodingException.class)).hasMessageContaining("getApps: HTTP 200");
    }

    @Test
    void aReadTimeoutIsARequestTimeoutException() {
        try (AppIntelligence impatient = TestClients.builder(server, time).retryPolicy(RetryPolicy.none())
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(200)).build()) {
            server.enqueue(Reply.json("{\"apps\": []}").after(Duration.ofMillis(1500)));

            RequestTimeoutException e = catchThrowableOfType(RequestTimeoutException.class, () -> impatient.appOverview()
                    .getApps(OsIosAndroid.IOS, List.of("1"), null, null));

            assertThat(e.status()).isZero();
            assertThat(e.url()).isEqualTo(server.url() + URL_PATH);
            assertThat(e.retryable()).isTrue();
        }
    }

    @Test
    void aRefusedConnectionIsATransportException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (AppIntelligence nowhere = TestClients.builder(server, time).retryPolicy(RetryPolicy.none())
                .baseUrl("http://127.0.0.1:" + closedPort).build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> nowhere.appOverview()
                    .getApps(OsIosAndroid.IOS, List.of("1"), null, null));

            assertThat(e.url()).isEqualTo("http://127.0.0.1:" + closedPort + URL_PATH);
            assertThat(e.getMessage()).contains("connection refused").doesNotEndWith("null");
            assertThat(e).isInstanceOf(AppIntelligenceException.class);
        }
    }

    private <E extends AppIntelligenceException> E call(Class<E> type) {
        return catchThrowableOfType(type, () -> client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null));
    }
}
