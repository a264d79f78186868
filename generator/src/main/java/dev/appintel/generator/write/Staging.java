package dev.appintel.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden directory inside the output directory, {@value #DIR_NAME}, where new contents are
 * written before anything in the output changes. Being inside the output directory it is on the
 * same file system, so staged files can be renamed into place. Closing it deletes it with
 * whatever is still staged; a directory left over by a crashed run is deleted on open.
 */
final class Staging implements AutoCloseable {

    static final String DIR_NAME = ".appintel-staging";

    private final Path root;
    private final Path dir;
    private int count;

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
     * Checks that {@code relativePath} can be written and writes {@code content} to a temporary
     * file for it; the name of the temporary file ends in {@code .tmp}, so compilers skip it.
     *
     * @return the staged file
     * @throws WriteException naming the file when it cannot be written
     */
    Path stage(String relativePath, byte[] content) {
        checkWritable(relativePath);
        Path staged = dir.resolve(++count + ".tmp");
        try {
            Files.write(staged, content);
            return staged;
        } catch (IOException e) {
            throw new WriteException("cannot stage " + relativePath + ": " + e, e);
        }
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
