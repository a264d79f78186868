package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The body cache keeps a body from its request's second time on, stays within its byte budget and
 * skips large bodies.
 */
class BodyCacheTest {

    @Test
    void aKeyAskedForTwiceIsServedWithoutMakingTheBodyAgain() {
        BodyCache cache = new BodyCache();
        AtomicInteger made = new AtomicInteger();

        cache.get("a", () -> new byte[] {(byte) made.incrementAndGet()});
        cache.get("a", () -> new byte[] {(byte) made.incrementAndGet()});
        byte[] third = cache.get("a", () -> new byte[] {(byte) made.incrementAndGet()});

        assertThat(made).hasValue(2);
        assertThat(third).containsExactly(2);
    }

    @Test
    void aKeyAskedForOnceIsNotKept() {
        BodyCache cache = new BodyCache();

        cache.get("once", () -> new byte[100]);

        assertThat(cache.bytes()).isZero();
    }

    @Test
    void theOldestBodiesGoWhenTheBudgetIsExceeded() {
        BodyCache cache = new BodyCache();
        int size = BodyCache.MAX_BODY_BYTES;
        for (int i = 0; i < 40; i++) {
            cache.get("key" + i, () -> new byte[size]);
            cache.get("key" + i, () -> new byte[size]);
        }

        assertThat(cache.bytes()).isLessThanOrEqualTo(BodyCache.MAX_BYTES);
        AtomicInteger made = new AtomicInteger();
        cache.get("key0", () -> {
            made.incrementAndGet();
            return new byte[1];
        });
        assertThat(made).hasValue(1);
    }

    @Test
    void aBodyLargerThanTheLimitIsNotKept() {
        BodyCache cache = new BodyCache();

        cache.get("big", () -> new byte[BodyCache.MAX_BODY_BYTES + 1]);
        cache.get("big", () -> new byte[BodyCache.MAX_BODY_BYTES + 1]);

        assertThat(cache.bytes()).isZero();
    }
}
