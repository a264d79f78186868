package dev.appintel.mock.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A build step of the image (profile {@code image}, right after Jib's {@code buildTar}): adds the
 * health check to the image configuration inside the tarball, since Jib offers no way to declare
 * one. Every other entry of the tarball is copied as it was, headers included, so the result is as
 * reproducible as Jib's own output. The image's id changes with its configuration, so Jib's
 * {@code jib-image.*} files, which name the old one, are replaced by {@code <tarball>.id}.
 *
 * <p>The check runs {@link HealthProbe} in a small JVM (C1 only, serial collector, 16 MiB heap):
 * the image may have no shell and no curl, only Java.
 */
public final class ImageHealthcheck {

    /** The health check's command, in the image configuration's {@code Test} form. */
    static final List<String> COMMAND = List.of("CMD", "java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmx16m", "-XX:-UsePerfData", "-cp", "/app/classes", HealthProbe.class.getName());

    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageHealthcheck() {
    }

    /**
     * Adds the health check to a tarball in place.
     *
     * @param args the tarball written by Jib's {@code buildTar}
     * @throws IOException when the tarball cannot be read or written, or is not a {@code docker save} tarball
     */
    public static void main(String[] args) throws IOException {
        Path tarball = Path.of(args[0]);
        Path rewritten = tarball.resolveSibling(tarball.getFileName() + ".tmp");
        String imageId = addHealthcheck(tarball, rewritten);
        Files.move(rewritten, tarball, StandardCopyOption.REPLACE_EXISTING);
        Path target = tarball.getParent();
        for (String stale : List.of("jib-image.id", "jib-image.digest", "jib-image.json")) {
            Files.deleteIfExists(target.resolve(stale));
        }
        Files.writeString(tarball.resolveSibling(tarball.getFileName() + ".id"), imageId + "\n");
        System.out.println("appintel: health check added to " + tarball + ", image " + imageId);
    }

    /**
     * Copies a {@code docker save} tarball, adding the health check to its image configuration.
     *
     * @return the new image id, {@code sha256:} and the configuration's digest
     */
    static String addHealthcheck(Path source, Path target) throws IOException {
        List<Entry> entries = read(source);
        String configName = configName(entries);
        Entry config = entries.stream().filter(entry -> entry.header.getName().equals(configName)).findFirst()
                .orElseThrow(() -> new IOException(source + " has no " + configName + ", which its manifest.json names"));
        byte[] edited = withHealthcheck(config.content);
        entries.set(entries.indexOf(config), new Entry(config.header, edited));
        write(entries, target);
        return "sha256:" + sha256(edited);
    }

    /** The image configuration with {@code config.Healthcheck} set to this image's. */
    static byte[] withHealthcheck(byte[] configuration) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(configuration);
        JsonNode config = root.get("config");
        if (!(config instanceof ObjectNode container)) {
            throw new IOException("the image configuration has no config object");
        }
        ObjectNode healthcheck = JSON.createObjectNode();
        ArrayNode test = healthcheck.putArray("Test");
        COMMAND.forEach(test::add);
        // Docker's durations are nanoseconds. Probes start after the first interval; during the
        // start period failures do not count, which a cold JVM on a busy machine may need.
        healthcheck.put("Interval", 10 * SECOND_NANOS);
        healthcheck.put("Timeout", 5 * SECOND_NANOS);
        healthcheck.put("StartPeriod", 30 * SECOND_NANOS);
        healthcheck.put("Retries", 3);
        container.set("Healthcheck", healthcheck);
        return JSON.writeValueAsBytes(root);
    }

    private static String configName(List<Entry> entries) throws IOException {
        Entry manifest = entries.stream().filter(entry -> entry.header.getName().equals("manifest.json")).findFirst()
                .orElseThrow(() -> new IOException("not a docker save tarball: no manifest.json (was the image built "
                        + "in Jib's Docker format?)"));
        JsonNode images = JSON.readTree(manifest.content);
        if (images.size() != 1 || !images.get(0).path("Config").isTextual()) {
            throw new IOException("manifest.json should describe one image with its Config; got " + images);
        }
        return images.get(0).get("Config").asText();
    }

    private static List<Entry> read(Path tarball) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream file = Files.newInputStream(tarball); TarArchiveInputStream tar = new TarArchiveInputStream(file)) {
            for (TarArchiveEntry header = tar.getNextEntry(); header != null; header = tar.getNextEntry()) {
                entries.add(new Entry(header, tar.readAllBytes()));
            }
        }
        return entries;
    }

    private static void write(List<Entry> entries, Path tarball) throws IOException {
        try (OutputStream file = Files.newOutputStream(tarball); TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry entry : entries) {
                entry.header.setSize(entry.content.length);
                tar.putArchiveEntry(entry.header);
                tar.write(entry.content);
                tar.closeArchiveEntry();
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** One file of the tarball: its header, kept as read, and its bytes. */
    private record Entry(TarArchiveEntry header, byte[] content) {
    }
}
