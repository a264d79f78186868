package dev.appintel.client;

import java.time.Duration;

/** Waits between retries; tests give a fake one that records the delays instead. */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
