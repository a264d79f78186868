package dev.appintel.generator.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares generated files with the golden copies under {@code src/test/resources/golden/<dir>}
 * (relative to the module, where Maven runs the tests). With the system property
 * {@code appintel.golden.update=true} it rewrites the golden copies instead: changed files are
 * written, new ones created and those no longer generated deleted.
 */
public final class GoldenFiles {

    /** The system property that switches from comparing to rewriting. */
    public static final String UPDATE_PROPERTY = "appintel.golden.update";

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final int EXCERPT = 120;

    private GoldenFiles() {
    }

    /**
     * Fails, listing every file that differs (with its first differing line), is missing from the
     * golden copies or is extra there, unless the files match the golden copies exactly.
     */
    public static void assertMatches(String goldenDir, List<GeneratedFile> files) {
        check(ROOT.resolve(goldenDir), files, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /** Compares {@code files} with the copies in {@code dir}, or rewrites those when {@code update}. */
    static void check(Path dir, List<GeneratedFile> files, boolean update) {
        Map<String, String> actual = new TreeMap<>();
        files.forEach(file -> actual.put(file.relativePath(), file.content()));
        if (update) {
            update(dir, actual);
            return;
        }
        List<String> problems = compare(read(dir), actual);
        if (!problems.isEmpty()) {
            fail("the generated files do not match the golden copies in " + dir + " (rewrite them with -D"
                    + UPDATE_PROPERTY + "=true):\n" + String.join("\n", problems));
        }
    }

    private static List<String> compare(Map<String, String> expected, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : actual.entrySet()) {
            String golden = expected.get(file.getKey());
            if (golden == null) {
                problems.add("  missing from the golden copies: " + file.getKey());
            } else if (!golden.equals(file.getValue())) {
                problems.add("  differs: " + file.getKey() + firstDifference(golden, file.getValue()));
            }
        }
        for (String path : expected.keySet()) {
            if (!actual.containsKey(path)) {
                problems.add("  extra in the golden copies: " + path);
            }
        }
        return problems;
    }

    /** Where two texts first differ: the line number and both versions of that line. */
    static String firstDifference(String expected, String actual) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        int line = 0;
        while (line < expectedLines.size() && line < actualLines.size()
                && expectedLines.get(line).equals(actualLines.get(line))) {
            line++;
        }
        if (line == expectedLines.size() && line == actualLines.size()) {
            return " (line breaks differ)";
        }
        return " (line " + (line + 1) + ")\n      golden:    " + excerpt(expectedLines, line)
                + "\n      generated: " + excerpt(actualLines, line);
    }

    private static String excerpt(List<String> lines, int index) {
        if (index >= lines.size()) {
            return "<end of file>";
        }
        String line = lines.get(index);
        return line.length() > EXCERPT ? line.substring(0, EXCERPT) + "..." : line;
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(relative(dir, path), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void update(Path dir, Map<String, String> actual) {
        try {
            Map<String, String> existing = read(dir);
            for (Map.Entry<String, String> file : actual.entrySet()) {
                if (!file.getValue().equals(existing.get(file.getKey()))) {
                    Path path = dir.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                }
            }
            for (String stale : existing.keySet()) {
                if (!actual.containsKey(stale)) {
                    Files.delete(dir.resolve(stale));
                }
            }
            deleteEmptyDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteEmptyDirectories(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).filter(Files::isDirectory).toList()) {
                try (Stream<Path> children = Files.list(path)) {
                    if (children.findAny().isEmpty() && !path.equals(dir)) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
