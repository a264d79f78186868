package dev.appintel.client;

import dev.appintel.client.internal.ApacheTransport;
import dev.appintel.client.internal.ClientRuntime;
import dev.appintel.client.internal.RuntimeConfig;
import dev.appintel.client.support.OperationCatalog;
import feign.Client;
import feign.Logger;
import feign.Request;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Configures an {@link AppIntelligence} client. Only the token is required; the defaults are the
 * spec's server URL, a 10 s connect and 60 s read timeout, a pooled Apache HttpClient 5 whose own
 * retries and redirects are off (so every request is sent once and every failure is counted and
 * retried by the client), no HTTP log, {@link RetryPolicy#defaults()}, 4 requests in flight at
 * once and no metrics.
 */
public final class AppIntelligenceBuilder {

    private ApiToken token;
    private boolean tokenGivenAsNull;
    private String baseUrl = OperationCatalog.serverUrl();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Client httpClient;
    private Logger.Level logLevel = Logger.Level.NONE;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrency = 4;
    private ClientMetrics metrics = ClientMetrics.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.THREAD;

    AppIntelligenceBuilder() {
    }

    /**
     * Sets the API token (required).
     *
     * @param token the token as issued; {@code null} (an unset variable, say) makes {@link #build()}
     *              fail saying so
     * @return this builder
     */
    public AppIntelligenceBuilder token(String token) {
        // null usually means an unset environment variable: said by build(), with how to set it
        this.token = token == null ? null : ApiToken.of(token);
        this.tokenGivenAsNull = token == null;
        return this;
    }

    /**
     * Sets the API token (required).
     *
     * @param token the token
     * @return this builder
     */
    public AppIntelligenceBuilder token(ApiToken token) {
        this.token = Objects.requireNonNull(token, "token");
        return this;
    }

    /**
     * Sets the base URL, e.g. a mock server's.
     *
     * @param url the URL without a trailing path, e.g. {@code http://127.0.0.1:8080}
     * @return this builder
     */
    public AppIntelligenceBuilder baseUrl(String url) {
        this.baseUrl = Objects.requireNonNull(url, "baseUrl");
        return this;
    }

    /**
     * Sets the timeouts of each request.
     *
     * @param connect to open a connection
     * @param read    to receive the response, from sending the request
     * @return this builder
     */
    public AppIntelligenceBuilder timeouts(Duration connect, Duration read) {
        this.connectTimeout = Objects.requireNonNull(connect, "connect");
        this.readTimeout = Objects.requireNonNull(read, "read");
        return this;
    }

    /**
     * Sends requests with another Feign client (OkHttp, Apache, ...), configured by the caller; the
     * token is still added as requests leave it, and the client does not close it. Turn the
     * client's own retries off, or the requests it re-sends are neither counted nor bounded by the
     * {@link RetryPolicy}: the JDK's clients ({@code feign.http2client.Http2Client},
     * {@code HttpURLConnection}) cannot be told, and send a {@code GET} again when the connection
     * closes before the answer.
     *
     * @param client the client
     * @return this builder
     */
    public AppIntelligenceBuilder httpClient(Client client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return this;
    }

    /**
     * Sets Feign's HTTP log level; the log goes to SLF4J at {@code DEBUG} under
     * {@code dev.appintel.client.http}, without the token at any level.
     *
     * @param level {@code NONE} (the default), {@code BASIC}, {@code HEADERS} or {@code FULL}
     * @return this builder
     */
    public AppIntelligenceBuilder logLevel(Logger.Level level) {
        this.logLevel = Objects.requireNonNull(level, "level");
        return this;
    }

    /**
     * Sets when and how long to wait before retrying.
     *
     * @param policy the policy; {@link RetryPolicy#none()} turns retries off
     * @return this builder
     */
    public AppIntelligenceBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Sets the most requests of this client in flight at once: the parts of split calls, and calls
     * made from several threads. It is also the ceiling of the client's adaptive limit: a 429 halves
     * the requests allowed in flight and pauses every request of the client for its wait (at least
     * its {@code Retry-After}); successes bring the limit back up by one per limit's worth of them.
     *
     * @param requests at least 1
     * @return this builder
     */
    public AppIntelligenceBuilder maxConcurrency(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + requests);
        }
        this.maxConcurrency = requests;
        return this;
    }

    /**
     * Reports calls, requests and retries, e.g. to Micrometer with
     * {@code metrics(new MicrometerMetrics(registry))} (Micrometer is an optional dependency, which
     * only {@link MicrometerMetrics} uses).
     *
     * @param metrics where to report
     * @return this builder
     */
    public AppIntelligenceBuilder metrics(ClientMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        return this;
    }

    /**
     * Sets the clock that bounds the total retry time and dates {@code Retry-After}; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public AppIntelligenceBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Sets how the client waits between retries; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public AppIntelligenceBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when no token was set
     */
    public AppIntelligence build() {
        if (token == null) {
            throw new IllegalStateException(tokenGivenAsNull
                    ? "the API token is required, but token(...) was given null: the variable or property it was read "
                            + "from is probably not set (for example: export APPINTEL_TOKEN=... and pass "
                            + "System.getenv(\"APPINTEL_TOKEN\"))"
                    : "the API token is required: call token(...) before build()");
        }
        Request.Options options = new Request.Options(connectTimeout, readTimeout, false);
        Client client = httpClient != null ? httpClient : new ApacheTransport(connectTimeout, readTimeout, maxConcurrency);
        return new AppIntelligence(new ClientRuntime(new RuntimeConfig(baseUrl, token.secret(), client, httpClient == null,
                options, logLevel,
                retryPolicy, maxConcurrency, clock, sleeper, () -> ThreadLocalRandom.current().nextDouble(), metrics)));
    }

    /** The settings, with the token redacted. */
    @Override
    public String toString() {
        return "AppIntelligenceBuilder[baseUrl=" + baseUrl + ", token=" + token + ", logLevel=" + logLevel
                + ", retryPolicy=" + retryPolicy + ", maxConcurrency=" + maxConcurrency + "]";
    }
}
