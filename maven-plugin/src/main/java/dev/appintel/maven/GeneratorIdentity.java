package dev.appintel.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What identifies the generator for the up-to-date check. A release is its version. A snapshot's
 * version stays the same while its templates and code change, so a snapshot is its version plus
 * the SHA-256 of the jar it runs from; the hash is kept beside the fingerprints, keyed by the
 * jar's path, size and time, so that it is computed again only when the jar was rebuilt (a
 * reproducible build rebuilds it with the same bytes, and so the same identity). The hash is
 * remembered ({@link #remember()}) only once a run has succeeded, like the fingerprint.
 *
 * @param value     the identity, e.g. {@code 1.2.0} or {@code 0.1.0-SNAPSHOT+<sha-256>}
 * @param cache     the file that keeps the last hash
 * @param cacheLine what to keep there, when the hash was computed anew
 */
record GeneratorIdentity(String value, Path cache, Optional<String> cacheLine) {

    /**
     * The identity of {@code version} running from {@code codeSource} (a jar, or a class directory
     * in tests, which counts as its version only).
     *
     * @param cache the file that keeps the last hash
     */
    static GeneratorIdentity of(String version, Optional<Path> codeSource, Path cache) throws IOException {
        if (!version.endsWith("-SNAPSHOT") || codeSource.isEmpty() || !Files.isRegularFile(codeSource.get())) {
            return new GeneratorIdentity(version, cache, Optional.empty());
        }
        Path jar = codeSource.get();
        String key = jar.toAbsolutePath() + "\t" + Files.size(jar) + "\t" + Files.getLastModifiedTime(jar).toMillis();
        Optional<String> cached = readCache(cache, key);
        if (cached.isPresent()) {
            return new GeneratorIdentity(version + "+" + cached.get(), cache, Optional.empty());
        }
        String hash = sha256(jar);
        return new GeneratorIdentity(version + "+" + hash, cache, Optional.of(key + "\t" + hash));
    }

    /** Keeps a newly computed hash for the next runs. */
    void remember() throws IOException {
        if (cacheLine.isPresent()) {
            Files.createDirectories(cache.getParent());
            Files.writeString(cache, cacheLine.get(), StandardCharsets.UTF_8);
        }
    }

    /** The jar or directory the plugin's classes were loaded from, if the runtime says. */
    static Optional<Path> codeSourceOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readCache(Path cache, String key) {
        try {
            String line = Files.readString(cache, StandardCharsets.UTF_8);
            int tab = line.lastIndexOf('\t');
            return tab > 0 && line.substring(0, tab).equals(key) ? Optional.of(line.substring(tab + 1)) : Optional.empty();
        } catch (IOException noCacheYet) {
            return Optional.empty();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                // The digest sees the bytes on their way to nowhere.
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
