package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.model.OsIosAndroid;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Micrometer meters per operation: calls by outcome, requests by status, retries by reason. */
class MetricsTest {

    private final RecordingServer server = RecordingServer.start();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void callsRequestsAndRetriesAreCountedPerOperation() {
        server.enqueue(Reply.status(503, ""), Reply.json("{\"apps\": []}"), Reply.json("{\"apps\": []}"),
                Reply.status(401, "{\"error\": \"no\"}"));
        try (AppIntelligence client = TestClients.builder(server, new FakeTime()).metrics(new MicrometerMetrics(registry)).maxConcurrency(1)
                .build()) {
            client.appOverview().getApps(OsIosAndroid.IOS, IntStream.range(0, 101).mapToObj(Integer::toString).toList(),
                    null, null);
            catchThrowable(() -> client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null));
        }

        assertThat(registry.get("appintel.client.calls").tags("operation", "getApps", "outcome", "success").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("appintel.client.calls").tags("operation", "getApps", "outcome", "UnauthorizedException")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("appintel.client.requests").tags("operation", "getApps", "outcome", "200").timer().count())
                .isEqualTo(2);
        assertThat(registry.get("appintel.client.requests").tags("operation", "getApps", "outcome", "503").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("appintel.client.retries").tags("operation", "getApps", "reason", "503").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("appintel.client.call.requests").tags("operation", "getApps").summary().max()).isEqualTo(2);
    }
}
