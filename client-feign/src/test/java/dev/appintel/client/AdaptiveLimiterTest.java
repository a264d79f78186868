package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.internal.AdaptiveLimiter;
import dev.appintel.client.internal.AdaptiveLimiter.Permit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's shared pause and its concurrency limit (additive increase, multiplicative decrease), on a fake clock. */
class AdaptiveLimiterTest {

    private final FakeTime time = new FakeTime();
    private final Instant farDeadline = time.instant().plus(Duration.ofHours(1));

    @Test
    void a429PausesEveryOtherRequestOfTheClientForItsWait() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(4, time, time);
        Permit throttled = limiter.acquire(farDeadline);
        Permit inFlight = limiter.acquire(farDeadline);

        throttled.throttled(Duration.ofSeconds(7));
        limiter.acquire(farDeadline).succeeded();
        limiter.acquire(farDeadline).succeeded();
        inFlight.succeeded();

        // the first request after the 429 waits it out; the next finds the pause over
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aPauseEndingAfterTheCallsBudgetIsNotWaitedFor() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(4, time, time);
        limiter.acquire(farDeadline).throttled(Duration.ofHours(2));

        limiter.acquire(farDeadline).succeeded();

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theLimitHalvesOncePerRoundOf429s() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(8, time, time);
        List<Permit> sentTogether = acquire(limiter, 4);

        sentTogether.get(0).throttled(Duration.ZERO);
        sentTogether.get(1).throttled(Duration.ZERO);
        assertThat(limiter.limit()).isEqualTo(4);

        // a request sent after the halving starts a new round
        limiter.acquire(farDeadline).throttled(Duration.ZERO);
        assertThat(limiter.limit()).isEqualTo(2);
        sentTogether.get(2).throttled(Duration.ZERO);
        assertThat(limiter.limit()).isEqualTo(2);
        sentTogether.get(3).released();
        limiter.acquire(farDeadline).throttled(Duration.ZERO);
        limiter.acquire(farDeadline).throttled(Duration.ZERO);
        assertThat(limiter.limit()).isEqualTo(1);
    }

    @Test
    void successesBringTheLimitBackByOnePerLimitsWorthUpToTheCeiling() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(3, time, time);
        limiter.acquire(farDeadline).throttled(Duration.ZERO);
        assertThat(limiter.limit()).isEqualTo(1);

        limiter.acquire(farDeadline).succeeded();
        assertThat(limiter.limit()).isEqualTo(2);
        limiter.acquire(farDeadline).succeeded();
        assertThat(limiter.limit()).isEqualTo(2);
        limiter.acquire(farDeadline).succeeded();
        assertThat(limiter.limit()).isEqualTo(3);
        for (int i = 0; i < 10; i++) {
            limiter.acquire(farDeadline).succeeded();
        }
        assertThat(limiter.limit()).isEqualTo(3);
    }

    @Test
    void aPlaceIsGivenBackOnceWhateverIsReported() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(1, time, time);
        Permit permit = limiter.acquire(farDeadline);
        permit.succeeded();
        permit.released();
        permit.throttled(Duration.ofSeconds(5));

        // had the place been given back twice, or the 429 counted, this would not be the state
        assertThat(limiter.limit()).isEqualTo(1);
        assertThat(limiter.pauseEnd()).isBefore(time.instant());
        limiter.acquire(farDeadline).released();
    }

    private List<Permit> acquire(AdaptiveLimiter limiter, int count) throws InterruptedException {
        List<Permit> permits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            permits.add(limiter.acquire(farDeadline));
        }
        return permits;
    }
}
