package dev.appintel.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the requests of split calls with bounded concurrency: at most {@code maxConcurrency}
 * requests of the client are in flight at once, on its own daemon threads. A single request runs
 * on the caller's thread. Results keep the order of the inputs; the first failure in that order is
 * thrown and the requests not yet started are cancelled.
 */
public final class ParallelCalls implements AutoCloseable {

    private final int maxConcurrency;
    private ExecutorService executor;

    /** @param maxConcurrency the most requests in flight at once, at least 1 */
    public ParallelCalls(int maxConcurrency) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + maxConcurrency);
        }
        this.maxConcurrency = maxConcurrency;
    }

    /**
     * Applies {@code call} to every input.
     *
     * @param inputs the inputs
     * @param call   the call, run once per input
     * @param <T>    the input
     * @param <R>    the result
     * @return the results, in input order
     */
    public <T, R> List<R> map(List<T> inputs, Function<T, R> call) {
        if (inputs.size() == 1) {
            return List.of(call.apply(inputs.get(0)));
        }
        List<Future<R>> futures = new ArrayList<>();
        ExecutorService pool = executor();
        inputs.forEach(input -> futures.add(pool.submit(() -> call.apply(input))));
        List<R> results = new ArrayList<>();
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(true));
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + inputs.size() + " requests", e);
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
