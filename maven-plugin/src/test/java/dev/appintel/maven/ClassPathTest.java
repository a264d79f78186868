package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathTest {

    @TempDir
    Path temp;

    @Test
    void findsAClassInADirectory() throws IOException {
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("a/b"));
        Files.write(classes.resolve("a/b/Main.class"), new byte[] {1});

        ClassPath classPath = new ClassPath(List.of(temp.resolve("missing"), classes));

        assertThat(classPath.holds("a.b.Main")).isTrue();
        assertThat(classPath.holds("a.b.Other")).isFalse();
    }

    @Test
    void findsAClassInAJar() throws IOException {
        Path jar = temp.resolve("server.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("a/b/Outer$Inner.class"));
            out.write(1);
            out.closeEntry();
        }

        ClassPath classPath = new ClassPath(List.of(jar));

        assertThat(classPath.holds("a.b.Outer$Inner")).isTrue();
        assertThat(classPath.holds("a.b.Outer")).isFalse();
    }

    @Test
    void takesAFileThatIsNoJarForAnEntryWithoutClasses() throws IOException {
        Path notAJar = Files.writeString(temp.resolve("notes.jar"), "not a zip");

        assertThat(new ClassPath(List.of(notAJar)).holds("a.b.Main")).isFalse();
    }

    @Test
    void joinsItsEntriesWithThePlatformsSeparator() {
        ClassPath classPath = ClassPath.of(List.of("target/classes", "lib/server.jar"));

        assertThat(classPath.asArgument()).isEqualTo(
                Path.of("target/classes") + File.pathSeparator + Path.of("lib/server.jar"));
    }
}
