package dev.appintel.client.internal;

import dev.appintel.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What every request of one client passes before it is sent, so that a throttled API is not
 * hammered by the parts of split calls or by several threads:
 *
 * <ul>
 *   <li>a <b>pause</b>: a 429 tells the whole client to send nothing until its wait is over
 *       (at least its {@code Retry-After}), so the other requests slow down too;</li>
 *   <li>a <b>concurrency limit</b>, additive increase and multiplicative decrease: it starts at the
 *       client's {@code maxConcurrency}, halves on a 429 (once per round: a 429 of a request sent
 *       before the last halving does not halve it again), and grows by one after as many successes
 *       as the limit, back up to {@code maxConcurrency}.</li>
 * </ul>
 *
 * Waiting for the pause goes through the client's {@link Sleeper} and {@link Clock}, so tests do
 * not really wait; waiting for a place below the limit blocks until a request in flight ends.
 */
public final class AdaptiveLimiter {

    private final int ceiling;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition placeFreed = lock.newCondition();
    private double limit;
    private int inFlight;
    private long round;
    private Instant pauseEnd = Instant.MIN;

    /**
     * @param ceiling the most requests in flight at once, at least 1
     * @param clock   the time
     * @param sleeper how to wait out a pause
     */
    public AdaptiveLimiter(int ceiling, Clock clock, Sleeper sleeper) {
        if (ceiling < 1) {
            throw new IllegalArgumentException("ceiling must be at least 1, got " + ceiling);
        }
        this.ceiling = ceiling;
        this.limit = ceiling;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A place taken by one request in flight; report how it ended exactly once. */
    public final class Permit {

        private final long roundAtSend;
        private boolean ended;

        private Permit(long roundAtSend) {
            this.roundAtSend = roundAtSend;
        }

        /** The request succeeded (or failed in a way that says nothing about load): the limit may grow. */
        public void succeeded() {
            end(() -> limit = Math.min(ceiling, limit + 1 / limit));
        }

        /**
         * The request was answered 429: the client pauses for {@code wait}, and the limit halves
         * unless it already did for a request sent after this one.
         *
         * @param wait how long the client should send nothing
         */
        public void throttled(Duration wait) {
            end(() -> {
                Instant end = clock.instant().plus(wait);
                if (end.isAfter(pauseEnd)) {
                    pauseEnd = end;
                }
                if (roundAtSend == round) {
                    limit = Math.max(1, limit / 2);
                    round++;
                }
            });
        }

        /** The request ended otherwise (a 5xx, an I/O error, anything thrown): only the place is given back. */
        public void released() {
            end(() -> {
            });
        }

        private void end(Runnable adjust) {
            lock.lock();
            try {
                if (ended) {
                    return;
                }
                ended = true;
                adjust.run();
                inFlight--;
                placeFreed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Waits for the pause to end (unless it ends after {@code deadline}) and for a place below the
     * limit, then takes the place.
     *
     * @param deadline the end of the call's budget
     * @return the place, to be reported through exactly one of its methods
     * @throws InterruptedException when interrupted while waiting
     */
    public Permit acquire(Instant deadline) throws InterruptedException {
        Instant waitedFor = waitForPause(deadline);
        lock.lockInterruptibly();
        try {
            // a pause begun while this request waited for a place is waited out too
            while (inFlight >= (int) limit || (pauseEnd.isAfter(waitedFor) && pauseEnd.isBefore(deadline)
                    && pauseEnd.isAfter(clock.instant()))) {
                if (inFlight >= (int) limit) {
                    placeFreed.await();
                } else {
                    lock.unlock();
                    try {
                        waitedFor = waitForPause(deadline);
                    } finally {
                        lock.lock();
                    }
                }
            }
            inFlight++;
            return new Permit(round);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sleeps until the pause ends, unless it ends after the deadline: waiting would then only use
     * up the call's budget, and the request is sent at once (a 429 then fails it quickly).
     * Returns the end seen.
     */
    private Instant waitForPause(Instant deadline) throws InterruptedException {
        Instant end = pauseEnd();
        Duration wait = Duration.between(clock.instant(), end);
        if (!wait.isNegative() && !wait.isZero() && end.isBefore(deadline)) {
            sleeper.sleep(wait);
        }
        return end;
    }

    /**
     * When the current pause ends.
     *
     * @return the end, in the past when there is no pause
     */
    public Instant pauseEnd() {
        lock.lock();
        try {
            return pauseEnd;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The current limit, for tests and logs.
     *
     * @return the most requests now allowed in flight
     */
    public int limit() {
        lock.lock();
        try {
            return (int) limit;
        } finally {
            lock.unlock();
        }
    }
}
