package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
}
