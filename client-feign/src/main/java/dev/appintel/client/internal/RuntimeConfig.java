package dev.appintel.client.internal;

import dev.appintel.client.ClientMetrics;
import dev.appintel.client.RetryPolicy;
import dev.appintel.client.Sleeper;
import feign.Client;
import feign.Logger;
import feign.Request;
import java.time.Clock;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Everything the runtime is built from; the public builder fills it.
 *
 * @param baseUrl        the API's base URL
 * @param secret         the API token
 * @param httpClient     the client that sends, already configured
 * @param ownsHttpClient whether the runtime made the HTTP client, and so closes it
 * @param options        Feign's per-request timeouts
 * @param logLevel       Feign's log level
 * @param retryPolicy    when to retry
 * @param maxConcurrency the most requests of the client in flight at once
 * @param clock          the time
 * @param sleeper        how to wait between retries
 * @param random         values in [0, 1) for jitter
 * @param metrics       where metrics go
 */
public record RuntimeConfig(String baseUrl, String secret, Client httpClient, boolean ownsHttpClient, Request.Options options,
        Logger.Level logLevel, RetryPolicy retryPolicy, int maxConcurrency, Clock clock, Sleeper sleeper,
        DoubleSupplier random, ClientMetrics metrics) {

    /** Checks that nothing is {@code null}. */
    public RuntimeConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(httpClient, "httpClient");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Redacted: the secret is never printed. */
    @Override
    public String toString() {
        return "RuntimeConfig[baseUrl=" + baseUrl + ", secret=***, logLevel=" + logLevel + ", retryPolicy=" + retryPolicy
                + ", maxConcurrency=" + maxConcurrency + "]";
    }
}
