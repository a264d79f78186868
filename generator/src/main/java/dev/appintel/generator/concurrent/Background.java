package dev.appintel.generator.concurrent;

import java.util.function.Supplier;

/**
 * A task running on a thread of its own, so that the thread that started it can do other work
 * meanwhile and then collect the result with {@link #join}.
 *
 * @param <T> the task's result
 */
public final class Background<T> {

    private final Thread thread;
    private T result;
    private Throwable failure;

    private Background(String name, Supplier<? extends T> task) {
        this.thread = new Thread(() -> {
            try {
                result = task.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code task} on a daemon thread called {@code name}. */
    public static <T> Background<T> start(String name, Supplier<? extends T> task) {
        Background<T> background = new Background<>(name, task);
        background.thread.start();
        return background;
    }

    /**
     * Waits for the task to end, even when interrupted meanwhile, and returns its result.
     *
     * @throws RuntimeException the task's own exception (an {@link Error} likewise)
     */
    public T join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return result;
    }
}
