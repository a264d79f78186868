package dev.appintel.mock.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that puts the health check into the image tarball. */
class ImageHealthcheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG = "{\"created\":\"1970-01-01T00:00:00Z\",\"os\":\"linux\","
            + "\"config\":{\"Entrypoint\":[\"java\"],\"User\":\"10001:10001\"},\"rootfs\":{\"type\":\"layers\"}}";

    @TempDir
    Path dir;

    @Test
    void theConfigurationGetsTheHealthCheckAndKeepsTheRest() throws IOException {
        Path source = tarball(Map.of("manifest.json", manifest("config.json"), "config.json", CONFIG));
        String id = ImageHealthcheck.addHealthcheck(source, dir.resolve("out.tar"));

        Map<String, String> result = read(dir.resolve("out.tar"));
        JsonNode config = JSON.readTree(result.get("config.json"));
        assertThat(config.at("/config/Healthcheck/Test").toString()).isEqualTo(
                "[\"CMD\",\"java\",\"-XX:TieredStopAtLevel=1\",\"-XX:+UseSerialGC\",\"-Xmx16m\",\"-XX:-UsePerfData\","
                        + "\"-cp\",\"/app/classes\",\"dev.appintel.mock.image.HealthProbe\"]");
        assertThat(config.at("/config/Healthcheck/Interval").asLong()).isEqualTo(10_000_000_000L);
        assertThat(config.at("/config/User").asText()).isEqualTo("10001:10001");
        assertThat(config.at("/created").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(result.get("manifest.json")).isEqualTo(manifest("config.json"));
        assertThat(result.get("layer.tar.gz")).isEqualTo("layer bytes");
        assertThat(id).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void theSameTarballGivesTheSameBytesAndEntryTimes() throws IOException {
        Path source = tarball(Map.of("manifest.json", manifest("config.json"), "config.json", CONFIG));
        String first = ImageHealthcheck.addHealthcheck(source, dir.resolve("a.tar"));
        String second = ImageHealthcheck.addHealthcheck(source, dir.resolve("b.tar"));

        assertThat(first).isEqualTo(second);
        assertThat(Files.readAllBytes(dir.resolve("a.tar"))).isEqualTo(Files.readAllBytes(dir.resolve("b.tar")));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(dir.resolve("a.tar")))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                assertThat(entry.getModTime().getTime()).as(entry.getName()).isEqualTo(1000);
            }
        }
    }

    @Test
    void aTarballWithoutManifestIsRefusedSayingWhy() throws IOException {
        Path source = tarball(Map.of("index.json", "{}"));
        assertThatThrownBy(() -> ImageHealthcheck.addHealthcheck(source, dir.resolve("out.tar")))
                .hasMessageContaining("no manifest.json");
    }

    @Test
    void aManifestNamingAMissingConfigurationIsRefused() throws IOException {
        Path source = tarball(Map.of("manifest.json", manifest("other.json"), "config.json", CONFIG));
        assertThatThrownBy(() -> ImageHealthcheck.addHealthcheck(source, dir.resolve("out.tar")))
                .hasMessageContaining("has no other.json");
    }

    private static String manifest(String config) {
        return "[{\"Config\":\"" + config + "\",\"RepoTags\":[\"appintel/mock-server:test\"],\"Layers\":[\"layer.tar.gz\"]}]";
    }

    /** A tarball as Jib writes one: entries dated one second after the epoch, a layer beside the JSON files. */
    private Path tarball(Map<String, String> json) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("layer.tar.gz", "layer bytes");
        files.putAll(json);
        Path path = Files.createTempFile(dir, "image", ".tar");
        try (OutputStream out = Files.newOutputStream(path); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(bytes.length);
                entry.setModTime(1000);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return path;
    }

    private static Map<String, String> read(Path path) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(path); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                files.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
