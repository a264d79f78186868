package dev.appintel.generator.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent tasks on all cores: the calling thread works through them together with one
 * helper thread per other core (no more helpers than tasks after the first), and every helper has
 * ended when {@link #run} returns.
 *
 * <p>The outcome is the one of running the tasks one after another: the results come back in the
 * tasks' order, and when tasks fail, the first failing one in that order fails the call with its
 * own exception. The other tasks still run, so tasks must not depend on each other.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * The results of {@code tasks}, in their order.
     *
     * @throws RuntimeException the exception of the first task, in order, that throws one (an
     *                          {@link Error} likewise)
     */
    public static <T> List<T> run(List<? extends Supplier<? extends T>> tasks) {
        Run<T> run = new Run<>(tasks);
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()); i++) {
            Thread helper = new Thread(run::work, "appintel-parallel-" + i);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        run.work();
        helpers.forEach(Parallel::awaitEnd);
        return run.results();
    }

    /** Waits for a helper, which ends once the tasks have, even when interrupted meanwhile. */
    private static void awaitEnd(Thread helper) {
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The tasks of one call, handed out one at a time to whichever thread asks next. */
    private static final class Run<T> {

        private final List<? extends Supplier<? extends T>> tasks;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();

        Run(List<? extends Supplier<? extends T>> tasks) {
            this.tasks = List.copyOf(tasks);
            this.results = new Object[tasks.size()];
            this.failures = new Throwable[tasks.size()];
        }

        /** Runs tasks until none is left. */
        void work() {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = tasks.get(i).get();
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        }

        /** The results; only once every thread has stopped working, which makes their writes visible. */
        @SuppressWarnings("unchecked")
        List<T> results() {
            for (Throwable failure : failures) {
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
            }
            return Collections.unmodifiableList(Arrays.asList((T[]) results));
        }
    }
}
