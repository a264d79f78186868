package dev.appintel.generator.write;

import dev.appintel.generator.concurrent.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A hidden directory inside the output directory, {@value #DIR_NAME}, where new contents are
 * written before anything in the output changes. Being inside the output directory it is on the
 * same file system, so staged files can be renamed into place. Closing it deletes it with
 * whatever is still staged; a directory left over by a killed run is deleted on open, or by
 * {@link #deleteLeftover} once its switch, if committed, is complete.
 */
final class Staging implements AutoCloseable {

    static final String DIR_NAME = ".appintel-staging";
    /** Small enough to give every core a few batches of the few hundred files of a large API. */
    private static final int FILES_PER_DIRECTORY = 64;

    private final Path root;
    private final Path dir;

    private Staging(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    /** Creates a fresh staging directory in {@code root}, creating {@code root} if needed. */
    static Staging open(Path root) throws IOException {
        Path dir = root.resolve(DIR_NAME);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        return new Staging(root, dir);
    }

    /**
     * Stages each file of {@code contents} (by relative path): checks that it can be written and
     * writes a temporary file for it, whose name ends in {@code .tmp} so that compilers skip it.
     * The files are staged in parallel, in batches of one subdirectory each, since a file system
     * creates the files of one directory one at a time.
     *
     * @return the staged file of each relative path
     * @throws WriteException naming the first file, in path order, that cannot be staged
     */
    SortedMap<String, Path> stageAll(Map<String, byte[]> contents) {
        List<String> paths = contents.keySet().stream().sorted().toList();
        List<Supplier<Map<String, Path>>> batches = new ArrayList<>();
        for (int start = 0; start < paths.size(); start += FILES_PER_DIRECTORY) {
            List<String> batch = paths.subList(start, Math.min(start + FILES_PER_DIRECTORY, paths.size()));
            Path batchDir = dir.resolve(String.valueOf(batches.size() + 1));
            batches.add(() -> stage(batchDir, batch, contents));
        }
        SortedMap<String, Path> staged = new TreeMap<>();
        Parallel.run(batches).forEach(staged::putAll);
        return staged;
    }

    /** Stages one batch into its own directory, stopping at the first file that fails. */
    private Map<String, Path> stage(Path batchDir, List<String> batch, Map<String, byte[]> contents) {
        Map<String, Path> staged = new HashMap<>();
        for (String relativePath : batch) {
            checkWritable(relativePath);
            Path file = batchDir.resolve(staged.size() + 1 + ".tmp");
            try {
                Files.createDirectories(batchDir);
                staged.put(relativePath, Files.write(file, contents.get(relativePath)));
            } catch (IOException e) {
                throw new WriteException("cannot stage " + relativePath + ": " + e, e);
            }
        }
        return staged;
    }

    private void checkWritable(String relativePath) {
        Path target = root.resolve(relativePath);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteException("cannot write " + relativePath + ": a directory is in the way");
        }
        for (Path parent = target.getParent(); !parent.equals(root); parent = parent.getParent()) {
            if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
                throw new WriteException("cannot write " + relativePath + ": " + root.relativize(parent)
                        + " is a file, not a directory");
            }
        }
    }

    @Override
    public void close() throws IOException {
        deleteRecursively(dir);
    }

    /** Deletes a staging directory a killed run left in {@code root}, with whatever it holds. */
    static void deleteLeftover(Path root) throws IOException {
        deleteRecursively(root.resolve(DIR_NAME));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Staging::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
