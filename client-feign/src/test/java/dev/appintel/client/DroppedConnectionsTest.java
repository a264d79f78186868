package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.model.OsIosAndroid;
import feign.http2client.Http2Client;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A connection closed before the answer is one failed attempt, counted, logged and retried by the
 * client, never a re-send by the transport that nobody sees.
 */
class DroppedConnectionsTest {

    /** Counts what the client reports. */
    private static final class Counts implements ClientMetrics {

        final AtomicInteger requests = new AtomicInteger();
        final ConcurrentHashMap<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final AtomicInteger retries = new AtomicInteger();

        @Override
        public void request(String operation, String outcome, Duration duration) {
            requests.incrementAndGet();
            outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void retry(String operation, String reason) {
            retries.incrementAndGet();
        }

        int outcome(String name) {
            return outcomes.getOrDefault(name, new AtomicInteger()).get();
        }
    }

    @Test
    void everyRequestThatReachedTheServerIsCountedAndEveryDropIsRetriedByTheClient() {
        Counts counts = new Counts();
        // every third request is dropped: on fresh and on kept-alive connections alike
        try (DroppingServer server = new DroppingServer(number -> number % 3 == 0);
                AppIntelligence client = AppIntelligence.builder().token("t").baseUrl(server.url()).metrics(counts)
                        .clock(new FakeTime()).sleeper(new FakeTime()).maxConcurrency(2).build()) {
            for (int call = 0; call < 4; call++) {
                client.appOverview().getApps(OsIosAndroid.IOS, ids(250), null, null);
            }

            assertThat(server.dropped()).isGreaterThanOrEqualTo(4);
            assertThat(counts.requests.get()).isEqualTo(server.received());
            assertThat(counts.outcome("IO_ERROR")).isEqualTo(server.dropped());
            assertThat(counts.outcome("200")).isEqualTo(12);
            assertThat(counts.retries.get()).isEqualTo(server.dropped());
        }
    }

    @Test
    void theJdkClientWouldSendADroppedRequestAgainUnseen() {
        Counts counts = new Counts();
        try (DroppingServer server = new DroppingServer(number -> number == 2);
                AppIntelligence client = AppIntelligence.builder().token("t").baseUrl(server.url()).metrics(counts)
                        .httpClient(new Http2Client()).clock(new FakeTime()).sleeper(new FakeTime()).build()) {
            client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null);
            client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null);

            // the second call's first request was dropped; the JDK sent it again by itself
            assertThat(server.received()).isEqualTo(3);
            assertThat(counts.requests.get()).isEqualTo(2);
            assertThat(counts.outcome("IO_ERROR")).isZero();
        }
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(Integer::toString).toList();
    }
}
