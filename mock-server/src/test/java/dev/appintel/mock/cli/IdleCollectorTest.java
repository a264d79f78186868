package dev.appintel.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The idle collector collects once at its first check, then once per quiet spell that follows
 * requests, and never while they come.
 */
class IdleCollectorTest {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final IdleCollector collector = new IdleCollector(requests::get, collections::incrementAndGet);

    /** Past the first check's collection, with the collections counted from zero again. */
    private void started() {
        assertThat(collector.check()).isTrue();
        collections.set(0);
    }

    @Test
    void theFirstCheckCollectsWhetherOrNotRequestsCame() {
        assertThat(collector.check()).isTrue();
        assertThat(collections).hasValue(1);

        IdleCollector busy = new IdleCollector(requests::get, collections::incrementAndGet);
        requests.addAndGet(100);
        assertThat(busy.check()).isTrue();
        assertThat(collections).hasValue(2);
    }

    @Test
    void requestsBeforeTheFirstCheckDoNotCallForAnotherCollection() {
        requests.addAndGet(3);
        started();
        for (int i = 0; i < 10; i++) {
            collector.check();
        }

        assertThat(collections).hasValue(0);
    }

    @Test
    void aServerThatServedNothingIsLeftAlone() {
        started();
        for (int i = 0; i < 10; i++) {
            collector.check();
        }

        assertThat(collections).hasValue(0);
    }

    @Test
    void collectsOnceWhenRequestsStopForTwoChecks() {
        started();
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
        started();
        for (int i = 0; i < 10; i++) {
            requests.incrementAndGet();
            collector.check();
        }

        assertThat(collections).hasValue(0);
    }

    @Test
    void eachQuietSpellAfterABurstCollectsAgain() {
        started();
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
