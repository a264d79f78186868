package dev.appintel.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The mock server running in a JVM of its own that writes to this JVM's standard streams. A
 * shutdown hook stops it when Maven ends first (Ctrl-C, or Maven alone being killed), so that no
 * server outlives the build that started it.
 */
final class MockServerProcess implements AutoCloseable {

    /** Longer than the server's own graceful shutdown, which gives in-flight requests 5 s. */
    private static final long GRACE_SECONDS = 10;

    private final Process process;
    private final Thread stopOnShutdown;

    private MockServerProcess(Process process) {
        this.process = process;
        this.stopOnShutdown = new Thread(this::stop, "appintel-mock-server-stop");
        Runtime.getRuntime().addShutdownHook(stopOnShutdown);
    }

    /**
     * The forked server's heap: without it the JVM may take a quarter of the machine's memory, and
     * under a mixed load with faults the server's resident size passed 512 MB (691 MB measured by
     * bench/mock-rss.sh); with it, 274 MB at the same throughput.
     */
    static final String MAX_HEAP = "-Xmx256m";

    /**
     * The command that runs {@code mainClass} with the options in a new JVM.
     *
     * @param java      the {@code java} launcher
     * @param classPath the class path of the new JVM
     * @param mainClass the class whose {@code main} runs the server
     * @param options   the server's options
     * @return the command line, launcher first
     */
    static List<String> commandLine(Path java, ClassPath classPath, String mainClass, MockServerOptions options) {
        List<String> command = new ArrayList<>(List.of(java.toString(), MAX_HEAP, "-cp", classPath.asArgument(),
                mainClass));
        command.addAll(options.arguments());
        return command;
    }

    /**
     * Starts a process with this JVM's standard streams.
     *
     * @param commandLine what to run, launcher first
     * @return the running process
     * @throws IOException when the launcher cannot be run
     */
    static MockServerProcess start(List<String> commandLine) throws IOException {
        return new MockServerProcess(new ProcessBuilder(commandLine).inheritIO().start());
    }

    /** @return the exit status once the process has ended, empty while it runs */
    OptionalInt exitStatus() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /**
     * Waits until the process ends by itself.
     *
     * @return its exit status
     * @throws InterruptedException when this thread is interrupted; the process is stopped then
     */
    int waitFor() throws InterruptedException {
        try {
            return process.waitFor();
        } finally {
            close();
        }
    }

    /** Stops the process, if it still runs, and forgets the shutdown hook. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnShutdown);
        } catch (IllegalStateException shutdownUnderWay) {
            // The hook runs, or has run, and has stopped the process.
        }
    }

    /** SIGTERM first, so that the server shuts down gracefully; a kill if it does not end in time. */
    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
