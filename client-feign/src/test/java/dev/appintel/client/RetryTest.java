package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.error.RateLimitedException;
import dev.appintel.client.error.RequestTimeoutException;
import dev.appintel.client.error.ServerErrorException;
import dev.appintel.client.error.UnauthorizedException;
import dev.appintel.client.error.ValidationFailedException;
import dev.appintel.client.model.AppsResponse;
import dev.appintel.client.model.OsIosAndroid;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries: which failures, how many attempts, how long between them (on a fake clock). */
class RetryTest {

    private static final Reply OK = Reply.json("{\"apps\": [{\"app_id\": 1, \"name\": \"One\", \"os\": \"ios\"}]}");

    private final RecordingServer server = RecordingServer.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoff() {
        server.enqueue(Reply.status(503, ""), Reply.status(500, ""), Reply.status(502, ""), OK);

        AppsResponse apps = getApps(TestClients.builder(server, time).build());

        assertThat(apps.apps()).hasSize(1);
        assertThat(server.requests()).hasSize(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void eachRetryIsAWarningThatSaysWhy() {
        server.enqueue(Reply.status(503, "{\"error\": \"maintenance\"}"), OK);

        String log;
        try (StandardErrorCapture capture = new StandardErrorCapture()) {
            getApps(TestClients.builder(server, time).build());
            log = capture.text();
        }

        assertThat(log).containsPattern("WARN .*getApps: 503 on attempt 1 of 10, retrying in \\d+ ms: .*maintenance");
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        server.enqueue(Reply.status(429, "").header("Retry-After", "7"), Reply.status(429, "").header("Retry-After", "0"), OK);

        getApps(TestClients.builder(server, time).build());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
    }

    @Test
    void attemptsAreBoundedAndTheLastFailureIsThrown() {
        server.answer(exchange -> Reply.status(500, "{\"error\": \"boom\"}"));

        assertThatThrownBy(() -> getApps(TestClients.builder(server, time)
                .retryPolicy(RetryPolicy.defaults().withJitter(0).withMaxErrorAttempts(3)).build()))
                .isInstanceOf(ServerErrorException.class).hasMessageEndingWith(": boom");
        assertThat(server.requests()).hasSize(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void theTotalTimeIsBounded() {
        server.answer(exchange -> Reply.status(503, ""));
        RetryPolicy policy = RetryPolicy.defaults().withJitter(0).withCallBudget(Duration.ofSeconds(2));

        assertThatThrownBy(() -> getApps(TestClients.builder(server, time).retryPolicy(policy).build()))
                .isInstanceOf(ServerErrorException.class);
        // 0.5 s + 1 s fit in 2 s; the next wait of 2 s would end at 3.5 s
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aRetryAfterBeyondTheTotalTimeEndsTheRetries() {
        server.enqueue(Reply.status(429, "").header("Retry-After", "3600"));

        assertThatThrownBy(() -> getApps(TestClients.builder(server, time).build())).isInstanceOf(RateLimitedException.class);
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void throttlingIsRetriedBeyondTheErrorAttemptsWhileTheBudgetLasts() {
        for (int i = 0; i < 20; i++) {
            server.enqueue(Reply.status(429, "").header("Retry-After", "1"));
        }
        server.enqueue(OK);
        RetryPolicy policy = RetryPolicy.defaults().withJitter(0).withMaxErrorAttempts(3)
                .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2);

        AppsResponse apps = getApps(TestClients.builder(server, time).retryPolicy(policy).build());

        assertThat(apps.apps()).hasSize(1);
        assertThat(server.requests()).hasSize(21);
        assertThat(time.sleeps()).hasSize(20).containsOnly(Duration.ofSeconds(1));
    }

    @Test
    void theBudgetEndsTheRetriesOfThrottling() {
        server.answer(exchange -> Reply.status(429, "").header("Retry-After", "1"));
        RetryPolicy policy = RetryPolicy.defaults().withJitter(0).withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2)
                .withCallBudget(Duration.ofSeconds(10));

        assertThatThrownBy(() -> getApps(TestClients.builder(server, time).retryPolicy(policy).build()))
                .isInstanceOf(RateLimitedException.class);
        // attempts at 0, 1, ..., 9 s; the wait after the last would end at 10 s, not before
        assertThat(server.requests()).hasSize(10);
        assertThat(time.sleeps()).hasSize(9);
    }

    @Test
    void serverErrorsAreBoundedAndThrottlesBetweenThemAreNotCounted() {
        server.enqueue(Reply.status(500, ""), Reply.status(429, "").header("Retry-After", "1"), Reply.status(502, ""),
                Reply.status(429, "").header("Retry-After", "1"), Reply.status(503, "{\"error\": \"third\"}"), OK);

        assertThatThrownBy(() -> getApps(TestClients.builder(server, time)
                .retryPolicy(RetryPolicy.defaults().withJitter(0).withMaxErrorAttempts(3)).build()))
                .isInstanceOf(ServerErrorException.class).hasMessageEndingWith(": third");
        assertThat(server.requests()).hasSize(5);
    }

    @Test
    void noneRetriesNeitherErrorsNorThrottling() {
        server.enqueue(Reply.status(429, "").header("Retry-After", "0"), Reply.status(500, ""), OK);
        AppIntelligence client = TestClients.builder(server, time).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> getApps(client)).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> getApps(client)).isInstanceOf(ServerErrorException.class);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.enqueue(Reply.status(401, "{\"error\": \"no\"}"), Reply.status(422, "{\"errors\": [{\"title\": \"bad\"}]}"));
        AppIntelligence client = TestClients.builder(server, time).build();

        assertThatThrownBy(() -> getApps(client)).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> getApps(client)).isInstanceOf(ValidationFailedException.class);
        assertThat(server.requests()).hasSize(2);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void timeoutsAreRetried() {
        server.enqueue(Reply.json("{}").after(Duration.ofMillis(1500)), OK);

        AppsResponse apps = getApps(TestClients.builder(server, time).timeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .build());

        assertThat(apps.apps()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aTimeoutOnEveryAttemptEndsInRequestTimeoutException() {
        server.answer(exchange -> Reply.json("{}").after(Duration.ofMillis(800)));

        assertThatThrownBy(() -> getApps(TestClients.builder(server, time).timeouts(Duration.ofSeconds(2),
                Duration.ofMillis(200)).retryPolicy(RetryPolicy.defaults().withJitter(0).withMaxErrorAttempts(2)).build()))
                .isInstanceOf(RequestTimeoutException.class);
        assertThat(time.sleeps()).hasSize(1);
    }

    private static AppsResponse getApps(AppIntelligence client) {
        return client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null);
    }
}
