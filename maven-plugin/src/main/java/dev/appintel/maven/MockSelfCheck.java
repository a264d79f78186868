package dev.appintel.maven;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Proves that a freshly started mock server works: waits until its health endpoint answers 200,
 * then makes one real API call, with a token, and expects 200.
 */
final class MockSelfCheck {

    static final String HEALTH_PATH = "/__admin/health";

    /** getApps for the app the spec's examples use: the request the server's banner suggests too. */
    static final String API_PATH = "/v1/ios/apps?app_ids=284882215";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final String token;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * @param baseUrl where the server is, without a trailing slash
     * @param token   an {@code auth_token} the server accepts
     * @param timeout how long the server may take to answer its health endpoint
     */
    MockSelfCheck(URI baseUrl, String token, Duration timeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
    }

    /**
     * Runs the check.
     *
     * @param exitStatus the server's exit status once it has ended, empty while it runs
     * @return what was called and how it answered, for the log
     * @throws Failure naming what went wrong
     */
    String run(Supplier<OptionalInt> exitStatus) throws Failure {
        long start = System.nanoTime();
        awaitHealth(exitStatus, start);
        long ready = System.nanoTime();
        URI api = URI.create(baseUrl + API_PATH + "&auth_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        String shown = baseUrl + API_PATH + "&auth_token=***";
        HttpResponse<String> response;
        try {
            response = get(api);
        } catch (IOException e) {
            throw new Failure("GET " + shown + " failed: " + e);
        }
        if (response.statusCode() != 200) {
            throw new Failure("GET " + shown + " answered " + response.statusCode() + ", expected 200: "
                    + abbreviate(response.body()));
        }
        return "GET " + shown + " answered 200 (" + response.body().length() + " characters) in "
                + millis(ready, System.nanoTime()) + " ms; the server answered its health check after "
                + millis(start, ready) + " ms";
    }

    private void awaitHealth(Supplier<OptionalInt> exitStatus, long start) throws Failure {
        URI health = URI.create(baseUrl + HEALTH_PATH);
        long deadline = start + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (true) {
            try {
                int status = get(health).statusCode();
                if (status == 200) {
                    return;
                }
                lastAnswer = "last answer: " + status;
            } catch (IOException e) {
                lastAnswer = "last attempt: " + e;
            }
            OptionalInt exited = exitStatus.get();
            if (exited.isPresent()) {
                throw new Failure("the server exited with status " + exited.getAsInt() + " before answering "
                        + health + "; its output above says why");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new Failure(health + " did not answer 200 within " + timeout.toSeconds() + " s ("
                        + lastAnswer + "); set appintel.mock.selfCheckTimeout to wait longer");
            }
            pause();
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, Failure {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while calling " + uri.getPath());
        }
    }

    private static void pause() throws Failure {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while waiting for the server");
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    /** The self-check did not pass; the message says why. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }
}
