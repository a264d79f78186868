package dev.appintel.generator.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the baseline spec from git, so that a developer's machine and CI compare with the same
 * thing without a published artifact. The revision is one of:
 * <ul>
 * <li>{@value #MERGE_BASE} (the default): the commit where the current branch left the default
 * branch ({@code origin/HEAD}, else {@code origin/main}, {@code origin/master}, {@code main},
 * {@code master}); on the default branch itself that is {@code HEAD}, so uncommitted edits are
 * what is compared;</li>
 * <li>{@value #LAST_TAG}: the newest {@code v*} tag reachable from {@code HEAD};</li>
 * <li>any other git revision, such as {@code origin/main}, {@code v1.2.0} or a commit.</li>
 * </ul>
 * When no baseline can be read (no git, not a repository, a shallow clone without the merge-base,
 * no tag, the spec not yet in that commit), {@link #resolve} says why instead of failing.
 */
public final class GitBaseline {

    /** The revision that means "where this branch left the default branch". */
    public static final String MERGE_BASE = "merge-base";

    /** The revision that means "the newest {@code v*} tag". */
    public static final String LAST_TAG = "last-tag";

    private static final List<String> DEFAULT_BRANCHES = List.of("origin/HEAD", "origin/main", "origin/master",
            "main", "master");
    private static final long TIMEOUT_SECONDS = 30;

    /** A baseline read from git, or why there is none. */
    public record Resolution(Optional<Baseline> baseline, String explanation) {
    }

    private final Path spec;

    /** Reads baselines of {@code spec}, a file inside a git work tree. */
    public GitBaseline(Path spec) {
        this.spec = spec.toAbsolutePath().normalize();
    }

    /** The spec as it is at {@code revision} ({@value #MERGE_BASE}, {@value #LAST_TAG} or a git revision). */
    public Resolution resolve(String revision) {
        Path directory = spec.getParent();
        Result top = git(directory, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            return none("the spec is not in a git work tree (" + top.message() + ")");
        }
        Result commit = commit(directory, revision);
        if (!commit.ok()) {
            return none(commit.message());
        }
        String sha = commit.text().strip();
        String relative = Path.of(top.text().strip()).relativize(realPath(spec)).toString().replace('\\', '/');
        Result content = git(directory, "show", sha + ":" + relative);
        String shortSha = sha.substring(0, Math.min(12, sha.length()));
        if (!content.ok()) {
            return none(relative + " does not exist at " + describe(revision) + " " + shortSha
                    + " (a new spec has nothing to compare with)");
        }
        String name = spec.getFileName() + " at " + describe(revision) + " " + shortSha;
        return new Resolution(Optional.of(new Baseline(name, content.bytes())), "baseline: " + name);
    }

    private Result commit(Path directory, String revision) {
        if (revision.equals(LAST_TAG)) {
            Result tag = git(directory, "describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD");
            if (!tag.ok()) {
                return new Result(false, new byte[0], "no v* tag is reachable from HEAD");
            }
            return git(directory, "rev-parse", "--verify", tag.text().strip() + "^{commit}");
        }
        if (!revision.equals(MERGE_BASE)) {
            Result commit = git(directory, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
            return commit.ok() ? commit : new Result(false, new byte[0], "no git revision " + revision);
        }
        for (String branch : DEFAULT_BRANCHES) {
            if (git(directory, "rev-parse", "--verify", "--quiet", branch + "^{commit}").ok()) {
                Result base = git(directory, "merge-base", "HEAD", branch);
                return base.ok() ? base : new Result(false, new byte[0], "HEAD and " + branch
                        + " have no merge-base here (a shallow clone? fetch with depth 0)");
            }
        }
        return new Result(false, new byte[0], "no default branch found (tried " + String.join(", ", DEFAULT_BRANCHES)
                + ")");
    }

    private static String describe(String revision) {
        return revision.equals(MERGE_BASE) ? "the merge-base" : revision.equals(LAST_TAG) ? "the last v* tag" : revision;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static Resolution none(String why) {
        return new Resolution(Optional.empty(), why);
    }

    /** One git command's outcome: its output, or a one-line reason it failed. */
    private record Result(boolean ok, byte[] bytes, String message) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            return new Result(false, new byte[0], "git cannot be run: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] output = readAll(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(false, new byte[0], "git " + arguments[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String error = new String(errors.join(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? new Result(true, output, "")
                    : new Result(false, output, error.isEmpty() ? "git " + arguments[0] + " failed" : error.lines().findFirst().orElse(error));
        } catch (IOException e) {
            return new Result(false, new byte[0], "git " + arguments[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, new byte[0], "interrupted while running git");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
