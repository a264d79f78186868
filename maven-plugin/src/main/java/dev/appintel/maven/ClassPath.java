package dev.appintel.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The class path of a forked JVM: directories and jars, in order.
 *
 * @param entries the directories and jars; missing ones are allowed, as {@code java} allows them
 */
record ClassPath(List<Path> entries) {

    ClassPath {
        entries = List.copyOf(entries);
    }

    /** @return the class path of these elements, as Maven lists them */
    static ClassPath of(List<String> elements) {
        return new ClassPath(elements.stream().map(Path::of).toList());
    }

    /**
     * Whether an entry holds the class file of {@code className}. Only names are looked up, so
     * nothing is loaded into Maven's JVM.
     *
     * @param className a binary class name, such as {@code a.b.Outer$Inner}
     * @return true when a directory or jar of the class path has the class file
     */
    boolean holds(String className) {
        String file = className.replace('.', '/') + ".class";
        return entries.stream().anyMatch(entry -> Files.isDirectory(entry)
                ? Files.isRegularFile(entry.resolve(file))
                : jarHolds(entry, file));
    }

    private static boolean jarHolds(Path jar, String file) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile archive = new JarFile(jar.toFile())) {
            return archive.getEntry(file) != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    /** @return the entries joined with the platform's path separator, as {@code java -cp} takes them */
    String asArgument() {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
