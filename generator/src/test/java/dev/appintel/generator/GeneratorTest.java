package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.load.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path temp;

    @Test
    void knowsItsVersionFromTheBuild() {
        assertThat(Generator.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void writesNothingWhenAStageBeforeTheWriteFails() throws IOException {
        Path spec = Files.writeString(temp.resolve("spec.yaml"), "openapi: 3.0.3\npaths: [not, a, map]\n");
        Path out = temp.resolve("out");
        GeneratorConfig config = new GeneratorConfig(spec, "feign-client", out, "dev.appintel.client", Optional.empty());

        assertThatThrownBy(() -> new Generator().generate(config)).isInstanceOf(RuntimeException.class);

        assertThat(out).doesNotExist();
    }

    @Test
    void theFixtureSpecGivesByteIdenticalOutputAndABrokenEditLeavesItIntact() throws IOException {
        Path spec = Files.writeString(temp.resolve("app-intelligence.yaml"), TestSpecs.text());
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        GenerationResult result = new Generator().generate(config(spec, first));
        new Generator().generate(config(spec, second));

        assertThat(result.operations()).isEqualTo(TestSpecs.operationCount());
        assertThat(result.written()).isPositive();
        assertThat(contents(second)).isEqualTo(contents(first));

        Map<String, String> before = contents(first);
        Files.writeString(spec, Files.readString(spec).replace("maxPerCall: 500", "maxPerCall: 900"));
        assertThatThrownBy(() -> new Generator().generate(config(spec, first)))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("app-intelligence.yaml:")
                .hasMessageContaining("maxPerCall");
        assertThat(contents(first)).isEqualTo(before);
    }

    private static GeneratorConfig config(Path spec, Path out) {
        return new GeneratorConfig(spec, "feign-client", out, "dev.appintel.client", Optional.empty());
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
