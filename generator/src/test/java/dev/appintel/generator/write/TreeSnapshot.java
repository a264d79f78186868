package dev.appintel.generator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Everything under a directory, with each file's bytes and modification time, for comparisons. */
final class TreeSnapshot {

    private TreeSnapshot() {
    }

    /** Every file and directory under {@code root}, excluding {@code root}. */
    static List<Path> paths(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !path.equals(root)).sorted().toList();
        }
    }

    /** Relative path to "dir" or to the file's bytes and modification time. */
    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        for (Path path : paths(root)) {
            snapshot.put(root.relativize(path).toString(), describe(path));
        }
        return snapshot;
    }

    private static String describe(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return "dir";
        }
        return Arrays.toString(Files.readAllBytes(path)) + " @ " + Files.getLastModifiedTime(path);
    }
}
