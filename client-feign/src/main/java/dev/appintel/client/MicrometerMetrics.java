package dev.appintel.client;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * Records the client's metrics in a Micrometer registry, all tagged with {@code operation}:
 * <ul>
 * <li>{@code appintel.client.calls} (timer, tag {@code outcome}): calls of the generated methods;</li>
 * <li>{@code appintel.client.call.requests} (summary): the requests each call was split into;</li>
 * <li>{@code appintel.client.requests} (timer, tag {@code outcome}): HTTP requests, by status;</li>
 * <li>{@code appintel.client.retries} (counter, tag {@code reason}): retries, by the failed outcome.</li>
 * </ul>
 * This is the only class that uses Micrometer, which stays an optional dependency: without it on the
 * class path, leave this class unused.
 */
public final class MicrometerMetrics implements ClientMetrics {

    private final MeterRegistry registry;

    /** @param registry where to record */
    public MicrometerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void request(String operation, String outcome, Duration duration) {
        Timer.builder("appintel.client.requests").description("HTTP requests to the App Intelligence API")
                .tag("operation", operation).tag("outcome", outcome).register(registry).record(duration);
    }

    @Override
    public void retry(String operation, String reason) {
        Counter.builder("appintel.client.retries").description("Requests retried after a 429, a 5xx or an I/O error")
                .tag("operation", operation).tag("reason", reason).register(registry).increment();
    }

    @Override
    public void call(String operation, String outcome, int requests, Duration duration) {
        Timer.builder("appintel.client.calls").description("Calls of the client's methods, splits and retries included")
                .tag("operation", operation).tag("outcome", outcome).register(registry).record(duration);
        DistributionSummary.builder("appintel.client.call.requests").description("Requests per call after splitting")
                .tag("operation", operation).register(registry).record(requests);
    }
}
