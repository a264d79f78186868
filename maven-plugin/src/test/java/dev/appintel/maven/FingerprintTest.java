package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path temp;

    private Path spec;
    private Path templates;

    @BeforeEach
    void files() throws IOException {
        spec = Files.writeString(temp.resolve("spec.yaml"), "openapi: 3.0.3\n");
        templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(Files.createDirectories(templates.resolve("api")).resolve("api.mustache"), "{{name}}");
        Files.writeString(templates.resolve("model.mustache"), "{{type}}");
    }

    private GeneratorConfig config(String basePackage, Path out, Optional<Path> templateDir) {
        return new GeneratorConfig(spec, "feign-client", out, basePackage, templateDir);
    }

    private String fingerprint() throws IOException {
        return Fingerprint.of(config("dev.example", temp.resolve("out"), Optional.of(templates)), "1.0");
    }

    @Test
    void isAHexSha256ThatTheSameInputsAlwaysGive() throws IOException {
        assertThat(fingerprint()).matches("[0-9a-f]{64}").isEqualTo(fingerprint());
    }

    @Test
    void changesWithTheSpecsBytes() throws IOException {
        String before = fingerprint();
        Files.writeString(spec, "openapi: 3.0.3\n# a comment is a change too\n");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void ignoresFileTimes() throws IOException {
        String before = fingerprint();
        Files.setLastModifiedTime(spec, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Files.setLastModifiedTime(templates.resolve("model.mustache"), FileTime.from(Instant.now()));

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void changesWithTheGeneratorsVersion() throws IOException {
        GeneratorConfig config = config("dev.example", temp.resolve("out"), Optional.empty());

        assertThat(Fingerprint.of(config, "1.0")).isNotEqualTo(Fingerprint.of(config, "1.1"));
    }

    @Test
    void changesWithEveryOption() throws IOException {
        Path out = temp.resolve("out");
        String base = Fingerprint.of(config("dev.example", out, Optional.empty()), "1.0");

        assertThat(Fingerprint.of(config("dev.other", out, Optional.empty()), "1.0")).isNotEqualTo(base);
        assertThat(Fingerprint.of(config("dev.example", temp.resolve("elsewhere"), Optional.empty()), "1.0")).isNotEqualTo(base);
        assertThat(Fingerprint.of(config("dev.example", out, Optional.of(templates)), "1.0")).isNotEqualTo(base);
    }

    @Test
    void changesWithATemplatesContent() throws IOException {
        String before = fingerprint();
        Files.writeString(templates.resolve("api/api.mustache"), "{{name}}!");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void changesWhenATemplateIsAddedOrRenamed() throws IOException {
        String before = fingerprint();
        Files.writeString(templates.resolve("extra.mustache"), "");
        String added = fingerprint();
        Files.move(templates.resolve("extra.mustache"), templates.resolve("other.mustache"));

        assertThat(added).isNotEqualTo(before);
        assertThat(fingerprint()).isNotEqualTo(added).isNotEqualTo(before);
    }

    @Test
    void aMissingSpecIsAnError() throws IOException {
        Files.delete(spec);

        assertThatThrownBy(this::fingerprint).isInstanceOf(NoSuchFileException.class).hasMessageContaining("spec.yaml");
    }
}
