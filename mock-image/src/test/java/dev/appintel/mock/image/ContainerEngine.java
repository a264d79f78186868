package dev.appintel.mock.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The podman command line, as the image's integration test drives it. Every failure names the
 * command, its exit status and what it printed, so that a CI log says what the engine refused.
 */
final class ContainerEngine {

    /**
     * What a run of the command gave.
     *
     * @param status its exit status
     * @param output what it printed on standard output
     * @param errors what it printed on standard error: podman warns there, e.g. that it cannot
     *               schedule health checks without systemd, which must not mix with the output
     */
    record Result(int status, String output, String errors) {
    }

    private final String command;

    ContainerEngine(String command) {
        this.command = command;
    }

    /** Runs the command with these arguments; a non-zero exit fails with the command's output. */
    String run(String... args) {
        Result result = attempt(args);
        if (result.status() != 0) {
            throw new IllegalStateException(describe(args) + " exited with " + result.status() + ":\n" + result.output()
                    + result.errors() + "\n(podman needs the containers.conf of deploy/image/README.md on this kind of "
                    + "machine: is CONTAINERS_CONF set?)");
        }
        return result.output().strip();
    }

    /** Runs the command with these arguments and returns whatever it gave. */
    Result attempt(String... args) {
        List<String> line = new ArrayList<>();
        line.add(command);
        line.addAll(List.of(args));
        Path errors = null;
        try {
            errors = Files.createTempFile("podman", ".err");
            Process process = new ProcessBuilder(line).redirectError(errors.toFile()).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(describe(args) + " did not end within 120 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8), Files.readString(errors));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + describe(args) + " (" + e.getMessage() + "); the container "
                    + "tests need podman: see deploy/image/README.md", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + describe(args), e);
        } finally {
            deleteQuietly(errors);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind harms nothing.
            }
        }
    }

    private String describe(String... args) {
        return "'" + command + " " + String.join(" ", args) + "'";
    }
}
