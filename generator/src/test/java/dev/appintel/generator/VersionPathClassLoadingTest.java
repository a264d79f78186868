package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin's up-to-date check builds a config and asks for the version; that path must
 * not load the parser, the YAML reader or the template engine, so that it stays fast, and must
 * start no thread (the generator starts threads only in {@code concurrent.Parallel}).
 */
class VersionPathClassLoadingTest {

    @Test
    void buildingAConfigAndReadingTheVersionLoadNoParserNorTemplateClassesAndStartNoThread() throws Exception {
        try (RecordingClassLoader loader = RecordingClassLoader.overTestClassPath()) {
            Class<?> config = loader.loadClass(GeneratorConfig.class.getName());
            Constructor<?> constructor = config.getConstructors()[0];
            constructor.newInstance(Path.of("spec.yaml"), "feign-client", Path.of("out"), "dev.example", Optional.empty());
            Object version = loader.loadClass(Generator.class.getName()).getMethod("version").invoke(null);

            assertThat(version).isEqualTo(Generator.version());
            assertThat(loader.loaded()).isNotEmpty()
                    .noneMatch(name -> name.startsWith("io.swagger.") || name.startsWith("org.yaml.")
                            || name.startsWith("com.fasterxml.") || name.startsWith("com.github.mustachejava.")
                            || name.startsWith("dev.appintel.generator.concurrent."));
        }
    }
}
