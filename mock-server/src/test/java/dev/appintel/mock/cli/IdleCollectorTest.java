package dev.appintel.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The idle collector collects once per quiet spell that follows requests, and never while they come. */
class IdleCollectorTest {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final IdleCollector collector = new IdleCollector(requests::get, collections::incrementAndGet);

    @Test
    void aServerThatServedNothingIsLeftAlone() {
        for (int i = 0; i < 10; i++) {
            collector.check();
        }

        assertThat(collections).hasValue(0);
    }

    @Test
    void collectsOnceWhenRequestsStopForTwoChecks() {
        requests.addAndGet(500);
        collector.check();
        assertThat(collector.check()).isFalse();
        assertThat(collector.check()).isTrue();
        for (int i = 0; i < 10; i++) {
            collector.check();
        }

        assertThat(collections).hasValue(1);
    }

    @Test
    void neverCollectsWhileRequestsKeepComing() {
        for (int i = 0; i < 10; i++) {
            requests.incrementAndGet();
            collector.check();
        }

        assertThat(collections).hasValue(0);
    }

    @Test
    void eachQuietSpellAfterABurstCollectsAgain() {
        requests.incrementAndGet();
        collector.check();
        collector.check();
        collector.check();
        requests.incrementAndGet();
        collector.check();
        collector.check();
        collector.check();

        assertThat(collections).hasValue(2);
    }
}
