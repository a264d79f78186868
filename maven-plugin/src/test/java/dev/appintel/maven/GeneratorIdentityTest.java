package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorIdentityTest {

    @TempDir
    Path directory;

    @Test
    void aReleaseIsItsVersion() throws Exception {
        Path jar = Files.writeString(directory.resolve("plugin.jar"), "classes");

        assertThat(GeneratorIdentity.of("1.2.0", Optional.of(jar), directory.resolve("cache")).value()).isEqualTo("1.2.0");
        assertThat(directory.resolve("cache")).doesNotExist();
    }

    @Test
    void aSnapshotIsItsVersionAndTheHashOfItsJar() throws Exception {
        Path jar = Files.writeString(directory.resolve("plugin.jar"), "classes");
        Path cache = directory.resolve("cache");

        GeneratorIdentity identity = GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(jar), cache);

        assertThat(identity.value()).isEqualTo("0.1.0-SNAPSHOT+" + HexSha256.of("classes"));
        assertThat(cache).as("remembered only after a successful run").doesNotExist();
        identity.remember();
        assertThat(cache).exists();
    }

    @Test
    void aRebuiltJarWithTheSameBytesKeepsItsIdentityAndOtherBytesChangeIt() throws Exception {
        Path jar = Files.writeString(directory.resolve("plugin.jar"), "classes");
        Path cache = directory.resolve("cache");
        GeneratorIdentity identity = GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(jar), cache);
        identity.remember();
        String first = identity.value();

        Files.writeString(jar, "classes");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(jar), cache).value()).isEqualTo(first);

        Files.writeString(jar, "changed templates");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
        assertThat(GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(jar), cache).value()).isNotEqualTo(first);
    }

    @Test
    void theCachedHashIsUsedWhileTheJarLooksUnchanged() throws Exception {
        Path jar = Files.writeString(directory.resolve("plugin.jar"), "classes");
        Path cache = directory.resolve("cache");
        GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(jar), cache).remember();
        String line = Files.readString(cache);
        Files.writeString(cache, line.substring(0, line.lastIndexOf('\t') + 1) + "from-the-cache");

        assertThat(GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(jar), cache).value())
                .isEqualTo("0.1.0-SNAPSHOT+from-the-cache");
    }

    @Test
    void classesInADirectoryCountAsTheVersion() throws Exception {
        assertThat(GeneratorIdentity.of("0.1.0-SNAPSHOT", Optional.of(directory), directory.resolve("cache")).value())
                .isEqualTo("0.1.0-SNAPSHOT");
    }

    /** SHA-256 in hex, computed independently of the class under test's streaming. */
    private static final class HexSha256 {
        static String of(String text) throws Exception {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
