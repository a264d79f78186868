package dev.appintel.generator.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pauses, the budget and {@code Retry-After}, on a clock that only pretends to sleep. */
class PacedCallerTest {

    private static final ProbeRequest REQUEST = new ProbeRequest("getApps", "/v1/ios/apps", List.of());
    private static final Pacing PACING = new Pacing(Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofMillis(250), 2, Duration.ofSeconds(30));

    private final FakeClock clock = new FakeClock();
    private final Deque<Object> answers = new ArrayDeque<>();
    private int sent;
    private final Transport transport = request -> {
        sent++;
        Object next = answers.removeFirst();
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return (Transport.Answer) next;
    };

    private static Transport.Answer answer(int status, String retryAfter) {
        return new Transport.Answer(status, "application/json", retryAfter, "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pausesBetweenRequestsButNotBeforeTheFirst() {
        answers.addAll(List.of(answer(200, ""), answer(200, "")));
        PacedCaller caller = new PacedCaller(transport, PACING, clock);

        caller.call(REQUEST);
        caller.call(REQUEST);

        assertThat(clock.sleeps).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterAtMostTwice() {
        answers.addAll(List.of(answer(429, "3"), answer(429, "1"), answer(429, "1"), answer(200, "")));
        PacedCaller.Outcome outcome = new PacedCaller(transport, PACING, clock).call(REQUEST).orElseThrow();

        assertThat(outcome.answer().orElseThrow().status()).isEqualTo(429);
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(sent).isEqualTo(3);
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterDateIsWaitedForAndAMissingOneCountsAsASecond() {
        answers.addAll(List.of(answer(429, "Sat, 01 Jun 2024 12:00:04 GMT"), answer(429, ""), answer(200, "")));
        PacedCaller.Outcome outcome = new PacedCaller(transport, PACING, clock).call(REQUEST).orElseThrow();

        assertThat(outcome.answer().orElseThrow().status()).isEqualTo(200);
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitIsNotWaitedFor() {
        answers.add(answer(429, "120"));
        PacedCaller.Outcome outcome = new PacedCaller(transport, PACING, clock).call(REQUEST).orElseThrow();

        assertThat(outcome.failure()).isEqualTo("not retried: Retry-After asks for 120 s");
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void noRequestIsSentOnceTheBudgetIsSpent() {
        answers.add(answer(200, ""));
        PacedCaller caller = new PacedCaller(transport, PACING, clock);
        caller.call(REQUEST);
        clock.nanos += Duration.ofSeconds(60).toNanos();

        assertThat(caller.call(REQUEST)).isEmpty();
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void aCallThatGetsNoAnswerSaysWhy() {
        answers.add(new CallFailedException("no answer within 5000 ms", null));

        PacedCaller.Outcome outcome = new PacedCaller(transport, PACING, clock).call(REQUEST).orElseThrow();

        assertThat(outcome).isEqualTo(new PacedCaller.Outcome(Optional.empty(), "no answer within 5000 ms", 1));
    }

    /** Time that moves only when slept. */
    private static final class FakeClock implements PacedCaller.Clock {
        final List<Duration> sleeps = new ArrayList<>();
        long nanos;

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            nanos += duration.toNanos();
        }

        @Override
        public ZonedDateTime now() {
            return ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC).plusNanos(nanos);
        }
    }
}
