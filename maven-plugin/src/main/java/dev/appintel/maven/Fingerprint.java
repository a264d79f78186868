package dev.appintel.maven;

import dev.appintel.generator.GeneratorConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything that decides a generator run's output: the spec's bytes (the spec is
 * not parsed), the generator's version, every option of the config, and the relative path and
 * bytes of every file under the template directory, in sorted order. File times play no part.
 * Each value enters the digest as its name, a zero byte, its length and its bytes, so no two
 * different inputs can run together into the same stream.
 */
final class Fingerprint {

    private static final int FORMAT = 1;

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprint of a run of {@code generatorVersion} with {@code config}, in hex. */
    static String of(GeneratorConfig config, String generatorVersion) throws IOException {
        Fingerprint fingerprint = new Fingerprint()
                .add("format", String.valueOf(FORMAT))
                .add("generator", generatorVersion)
                .add("target", config.target())
                .add("basePackage", config.basePackage())
                .add("outputDir", config.outputDir().toAbsolutePath().toString())
                .add("spec", config.spec().toAbsolutePath().toString())
                .add("specBytes", Files.readAllBytes(config.spec()));
        if (config.templateDir().isPresent()) {
            fingerprint.addTemplates(config.templateDir().get());
        }
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    private void addTemplates(Path dir) throws IOException {
        add("templateDir", dir.toAbsolutePath().toString());
        for (String file : filesUnder(dir)) {
            add("template", file);
            add("templateBytes", Files.readAllBytes(dir.resolve(file)));
        }
    }

    /** Relative paths, with {@code /} separators, sorted. */
    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private Fingerprint add(String name, String value) {
        return add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Fingerprint add(String name, byte[] value) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value.length).array());
        digest.update(value);
        return this;
    }
}
