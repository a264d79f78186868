package dev.appintel.mock.cli;

import java.util.function.LongSupplier;

/**
 * Keeps the heap small. Run with no JVM flags, the server's heap starts at 1/64 of the machine's
 * memory and may grow to a quarter of it under load, and G1 returns memory only after a collection
 * that shrinks the heap: its periodic collection is off unless a flag turns it on. So this asks for
 * a full collection twice over: once at its first check, while what is live is still small, so that
 * G1 shrinks the heap well below its initial size before any load (the young generation, which a
 * load fills and so brings into memory, is a share of that heap, and G1 grows the heap again only
 * as its collections demand); and when requests have come and then none for {@link #QUIET_CHECKS}
 * checks in a row (a check each {@link #CHECK_MILLIS} ms), after which G1 keeps a heap of about
 * three times what is live and unmaps the rest. Apart from the first check, it never collects
 * while requests keep coming, and once per quiet spell. Only the command line starts it: a server
 * embedded in tests leaves the test JVM's heap alone.
 */
final class IdleCollector {

    /** How often it looks at the request count. */
    static final long CHECK_MILLIS = 1_000;

    /** How many checks in a row must see no new request before it collects. */
    static final int QUIET_CHECKS = 2;

    private final LongSupplier requests;
    private final Runnable collect;
    private long seen;
    private boolean startCollected;
    private boolean servedSinceCollection;
    private int quietChecks;

    IdleCollector(LongSupplier requests, Runnable collect) {
        this.requests = requests;
        this.collect = collect;
        this.seen = requests.getAsLong();
    }

    /**
     * Starts checking on a daemon thread, collecting with {@link System#gc()}.
     *
     * @param requests how many requests the server has received
     */
    static void start(LongSupplier requests) {
        IdleCollector collector = new IdleCollector(requests, System::gc);
        Thread thread = new Thread(collector::checkForever, "appintel-idle-collector");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * One check: collects at the first check, and then when requests came since the last collection
     * and none since the last {@link #QUIET_CHECKS} checks.
     *
     * @return whether it collected
     */
    boolean check() {
        long now = requests.getAsLong();
        if (!startCollected) {
            startCollected = true;
            seen = now;
            collect.run();
            return true;
        }
        if (now != seen) {
            seen = now;
            servedSinceCollection = true;
            quietChecks = 0;
            return false;
        }
        if (!servedSinceCollection || ++quietChecks < QUIET_CHECKS) {
            return false;
        }
        collect.run();
        servedSinceCollection = false;
        return true;
    }

    private void checkForever() {
        try {
            while (true) {
                Thread.sleep(CHECK_MILLIS);
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
