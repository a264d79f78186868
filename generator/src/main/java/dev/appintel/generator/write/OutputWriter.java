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
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
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
 *       exactly as it was. Once everything is staged, the switch is decided by renaming its
 *       plan into place ({@link Journal}), then the files are renamed into place.</li>
 *   <li>All or nothing even when the process is killed at any instant: every run first completes
 *       a switch whose plan was committed, or discards what an uncommitted one staged, so that it
 *       starts from the complete previous generation or the complete new one, never a mix.</li>
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
        if (Files.isDirectory(root)) {
            recover(root);
        }
        Set<String> previous = Manifest.read(root);
        Map<String, byte[]> changed = changed(root, wanted);
        SortedSet<String> stale = new TreeSet<>(previous);
        stale.removeAll(wanted.keySet());
        Files.createDirectories(root);
        if (changed.isEmpty() && stale.isEmpty()) {
            Manifest.write(root, wanted.keySet());
            return new WriteResult(0, wanted.size(), 0);
        }
        int removed = commit(root, changed, stale, new TreeSet<>(wanted.keySet()));
        return new WriteResult(changed.size(), wanted.size() - changed.size(), removed);
    }

    /**
     * Stages every changed file, commits the switch's plan, then completes it. Staged files are
     * deleted when anything fails before the commit; after it they stay for the next run, which
     * completes the switch.
     */
    private static int commit(Path root, Map<String, byte[]> changed, SortedSet<String> stale,
            SortedSet<String> manifest) throws IOException {
        Staging staging = Staging.open(root);
        SortedMap<String, String> moves = new TreeMap<>();
        try {
            staging.stageAll(changed).forEach((path, file) -> moves.put(path, root.relativize(file).toString()
                    .replace('\\', '/')));
            Checkpoints.reach("staged");
            Journal.commit(root, new Journal.Plan(moves, stale, manifest));
        } catch (IOException | RuntimeException e) {
            Journal.discardPartial(root);
            staging.close();
            throw e;
        }
        int removed = Journal.complete(root, new Journal.Plan(moves, stale, manifest));
        staging.close();
        Checkpoints.reach("staging removed");
        return removed;
    }

    /**
     * Leaves {@code root} as a run killed during its switch would have left it had it finished:
     * a committed switch is completed, an uncommitted one's staged files are deleted.
     */
    static void recover(Path root) throws IOException {
        Optional<Journal.Plan> committed = Journal.read(root);
        if (committed.isPresent()) {
            Journal.complete(root, committed.get());
        }
        Journal.discardPartial(root);
        Staging.deleteLeftover(root);
    }

    private static Map<String, byte[]> contents(List<GeneratedFile> files) {
        Map<String, byte[]> contents = new TreeMap<>();
        for (GeneratedFile file : files) {
            String path = file.relativePath();
            if (path.startsWith(".appintel-")) {
                throw new IllegalArgumentException("reserved path in the output directory: " + path);
            }
            if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a path holds a tab or a line break: " + path);
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
