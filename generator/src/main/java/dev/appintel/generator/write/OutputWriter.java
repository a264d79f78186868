package dev.appintel.generator.write;

import dev.appintel.generator.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 4: writes rendered files into an output directory, all or nothing.
 *
 * <ul>
 *   <li>A file is written only when its content differs from what is on disk, so unchanged files
 *       keep their modification time and incremental compilers have nothing to redo.</li>
 *   <li>Files listed in the output's manifest (written by the previous run) that this run does not
 *       produce are deleted, and directories left empty by that are pruned. Files the generator did
 *       not create are never deleted.</li>
 *   <li>Every new or changed file is first staged in a hidden directory inside the output
 *       directory. If staging fails, the staged files are deleted and the previous output is left
 *       exactly as it was; only once everything is staged are the files renamed into place
 *       (atomically where the file system supports it).</li>
 * </ul>
 *
 * Contents are written as UTF-8, with the line endings they have.
 */
public final class OutputWriter {

    /** The manifest's file name in the output directory. */
    public static final String MANIFEST = Manifest.FILE_NAME;

    /**
     * Writes {@code files} into {@code outputDir}, creating it if needed.
     *
     * @throws WriteException naming the file that could not be written
     * @throws IllegalArgumentException when two files have the same path, one file's path is the
     *         directory of another, or a path is reserved
     */
    public WriteResult write(Path outputDir, List<GeneratedFile> files) {
        Path root = outputDir.toAbsolutePath().normalize();
        Map<String, byte[]> wanted = contents(files);
        boolean rootExisted = Files.isDirectory(root);
        try {
            return write(root, wanted);
        } catch (IOException e) {
            throw new WriteException("cannot write to " + outputDir + ": " + e, e);
        } finally {
            if (!rootExisted) {
                deleteIfEmpty(root);
            }
        }
    }

    private static WriteResult write(Path root, Map<String, byte[]> wanted) throws IOException {
        Set<String> previous = Manifest.read(root);
        Map<String, byte[]> changed = changed(root, wanted);
        Set<String> stale = new TreeSet<>(previous);
        stale.removeAll(wanted.keySet());
        Files.createDirectories(root);
        int removed = changed.isEmpty() && stale.isEmpty() ? 0 : commit(root, changed, previous, stale);
        Manifest.write(root, wanted.keySet());
        return new WriteResult(changed.size(), wanted.size() - changed.size(), removed);
    }

    /** Stages every changed file, then moves them into place and deletes the stale ones. */
    private static int commit(Path root, Map<String, byte[]> changed, Set<String> previous, Set<String> stale)
            throws IOException {
        try (Staging staging = Staging.open(root)) {
            Map<String, Path> staged = staging.stageAll(changed);
            Set<String> everything = new TreeSet<>(previous);
            everything.addAll(changed.keySet());
            Manifest.write(root, everything); // lists all we may create, should a move fail
            staged.forEach((path, file) -> moveIntoPlace(root, path, file));
            return Removal.removeAll(root, stale);
        }
    }

    private static void moveIntoPlace(Path root, String relativePath, Path staged) {
        Path target = root.resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Moves.replace(staged, target);
        } catch (IOException e) {
            throw new WriteException("cannot move " + relativePath + " into place (the output is partly updated; "
                    + "the next run completes it): " + e, e);
        }
    }

    private static Map<String, byte[]> contents(List<GeneratedFile> files) {
        Map<String, byte[]> contents = new TreeMap<>();
        for (GeneratedFile file : files) {
            String path = file.relativePath();
            if (path.startsWith(".appintel-")) {
                throw new IllegalArgumentException("reserved path in the output directory: " + path);
            }
            if (contents.put(path, file.content().getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("two files have the same path: " + path);
            }
        }
        contents.keySet().forEach(path -> checkNoFileAbove(path, contents.keySet()));
        return contents;
    }

    private static void checkNoFileAbove(String path, Set<String> paths) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (paths.contains(path.substring(0, slash))) {
                throw new IllegalArgumentException(path.substring(0, slash) + " is both a file and the directory of " + path);
            }
        }
    }

    private static Map<String, byte[]> changed(Path root, Map<String, byte[]> wanted) throws IOException {
        Map<String, byte[]> changed = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
            if (!hasContent(root.resolve(file.getKey()), file.getValue())) {
                changed.put(file.getKey(), file.getValue());
            }
        }
        return changed;
    }

    private static boolean hasContent(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmpty) {
            // it holds files now: nothing to undo
        }
    }
}
