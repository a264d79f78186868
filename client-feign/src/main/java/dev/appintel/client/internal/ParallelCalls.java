package dev.appintel.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the requests of split calls on the client's own daemon threads, at most
 * {@code maxConcurrency} at once. A single request runs on the caller's thread. Once one request
 * has failed, those not yet started are not started and those in flight are interrupted; the
 * outcome says which ended how.
 */
public final class ParallelCalls implements AutoCloseable {

    private final int maxConcurrency;
    private ExecutorService executor;

    /**
     * How each input ended: with a result, with the failure that stopped the call, or not at all.
     *
     * @param results      the result of each input, in input order; {@code null} where there is none
     * @param failedIndex  the input whose failure stopped the call, or {@code -1}
     * @param failure      that failure, or {@code null}
     * @param <R>          the result
     */
    public record Outcome<R>(List<R> results, int failedIndex, RuntimeException failure) {

        /** @return whether every input has its result */
        public boolean complete() {
            return failure == null;
        }
    }

    /** @param maxConcurrency the most requests in flight at once, at least 1 */
    public ParallelCalls(int maxConcurrency) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + maxConcurrency);
        }
        this.maxConcurrency = maxConcurrency;
    }

    /**
     * Applies {@code call} to every input until one fails.
     *
     * @param inputs the inputs
     * @param call   the call, run once per input
     * @param <T>    the input
     * @param <R>    the result
     * @return how each input ended
     */
    public <T, R> Outcome<R> map(List<T> inputs, Function<T, R> call) {
        List<R> results = new ArrayList<>(Collections.nCopies(inputs.size(), null));
        if (inputs.size() == 1) {
            try {
                results.set(0, call.apply(inputs.get(0)));
                return new Outcome<>(results, -1, null);
            } catch (RuntimeException e) {
                return new Outcome<>(results, 0, e);
            }
        }
        ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(executor());
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            futures.add(done.submit(() -> {
                results.set(index, call.apply(inputs.get(index)));
                return index;
            }));
        }
        try {
            for (int finished = 0; finished < inputs.size(); finished++) {
                Future<Integer> next = done.take();
                try {
                    next.get();
                } catch (ExecutionException e) {
                    futures.forEach(future -> future.cancel(true));
                    return new Outcome<>(snapshot(results, futures), futures.indexOf(next), unwrap(e.getCause()));
                }
            }
            return new Outcome<>(snapshot(results, futures), -1, null);
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + inputs.size() + " requests", e);
        }
    }

    /** The results of the inputs that completed normally; a cancelled one may have set its slot late. */
    private static <R> List<R> snapshot(List<R> results, List<Future<Integer>> futures) {
        List<R> out = new ArrayList<>(results.size());
        for (int i = 0; i < futures.size(); i++) {
            Future<Integer> future = futures.get(i);
            boolean succeeded = future.isDone() && !future.isCancelled() && completedNormally(future);
            out.add(succeeded ? results.get(i) : null);
        }
        return out;
    }

    private static boolean completedNormally(Future<Integer> future) {
        try {
            future.get();
            return true;
        } catch (ExecutionException | InterruptedException | CancellationException e) {
            return false;
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(maxConcurrency, new DaemonThreads());
        }
        return executor;
    }

    /** Stops the threads; requests still running are interrupted. */
    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static final class DaemonThreads implements ThreadFactory {

        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "appintel-client-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
