package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {

    private static GeneratorConfig config(String target, String basePackage) {
        return new GeneratorConfig(Path.of("spec.yaml"), target, Path.of("out"), basePackage, Optional.empty());
    }

    @Test
    void acceptsAKnownTargetAndAPackageName() {
        GeneratorConfig config = config("feign-client", "dev.appintel.client");

        assertThat(config.targetOptions().basePackage()).isEqualTo("dev.appintel.client");
        assertThat(config.targetOptions().templateDir()).isEmpty();
    }

    @Test
    void anUnknownTargetIsRejectedWithTheKnownNames() {
        assertThatThrownBy(() -> config("spring-server", "dev.appintel.client"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown target 'spring-server'; known targets: feign-client, mock-server");
    }

    @Test
    void aBadPackageNameIsRejected() {
        assertThatThrownBy(() -> config("feign-client", "Dev.App-Intel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Dev.App-Intel");
    }
}
