package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.error.ServerErrorException;
import dev.appintel.client.internal.AdaptiveLimiter;
import dev.appintel.client.internal.Retrier;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Backoff, jitter and the policy's bounds. */
class RetryPolicyTest {

    @Test
    void backoffGrowsByTheMultiplierUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.defaults().withBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), 3);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(300));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(900));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterTakesOffAtMostItsShareOfTheWait() {
        FakeTime time = new FakeTime();
        double[] randoms = {0.0, 0.5, 0.999};
        AtomicInteger next = new AtomicInteger();
        Retrier retrier = new Retrier(RetryPolicy.defaults().withJitter(0.5), time, time,
                () -> randoms[next.getAndIncrement()], ClientMetrics.NONE, new AdaptiveLimiter(4, time, time));
        AtomicInteger attempts = new AtomicInteger();

        String result = retrier.run("getApps", retrier.deadlineFromNow(), () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new ServerErrorException(500, "getApps", "http://x", "");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        // 500 ms * (1 - 0.5 * 0), 1000 ms * (1 - 0.5 * 0.5), 2000 ms * (1 - 0.5 * 0.999)
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(1001));
    }

    @Test
    void invalidBoundsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxErrorAttempts(0))
                .hasMessage("maxErrorAttempts must be at least 1, got 0");
        assertThatThrownBy(() -> RetryPolicy.defaults().withCallBudget(Duration.ofSeconds(-1)))
                .hasMessage("callBudget must not be negative, got PT-1S");
        assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(1.5)).hasMessage("jitter must be between 0 and 1, got 1.5");
        assertThatThrownBy(() -> RetryPolicy.defaults().withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5))
                .hasMessage("multiplier must be at least 1, got 0.5");
    }
}
