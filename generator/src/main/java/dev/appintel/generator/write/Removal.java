package dev.appintel.generator.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/** Deletes files of a previous run, and the directories that this leaves empty. */
final class Removal {

    private Removal() {
    }

    /**
     * Deletes each of {@code relativePaths} under {@code root} that is a file (never a directory)
     * and then each parent directory, up to but excluding {@code root}, that is left empty.
     *
     * @return how many files were deleted
     * @throws WriteException naming the file that could not be deleted
     */
    static int removeAll(Path root, Set<String> relativePaths) {
        int removed = 0;
        for (String relativePath : relativePaths) {
            Path file = root.resolve(relativePath).normalize();
            if (file.startsWith(root) && remove(relativePath, file)) {
                removed++;
                pruneEmptyParents(root, file.getParent());
            }
        }
        return removed;
    }

    private static boolean remove(String relativePath, Path file) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new WriteException("cannot delete " + relativePath + ", which is no longer generated: " + e, e);
        }
    }

    private static void pruneEmptyParents(Path root, Path dir) {
        for (Path current = dir; current.startsWith(root) && !current.equals(root); current = current.getParent()) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            } catch (IOException e) {
                return; // an empty directory left behind is harmless
            }
        }
    }
}
