package dev.appintel.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.RecordingClassLoader;
import dev.appintel.generator.TestSpecs;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appintel generate} costs what it did before {@code lint} and {@code probe} came: it loads
 * none of the linter and none of the probe.
 */
class GenerateClassLoadingTest {

    @TempDir
    Path dir;

    @Test
    void generateLoadsNeitherTheLinterNorItsValidatorNorTheProbe() throws Exception {
        Path spec = Files.writeString(dir.resolve(TestSpecs.FILE_NAME), TestSpecs.text());
        String[] generate = {"generate", "--spec", spec.toString(), "--target", "feign-client",
            "--out", dir.resolve("out").toString(), "--package", "dev.example.client"};

        try (RecordingClassLoader loader = RecordingClassLoader.overTestClassPath()) {
            Method commandLine = loader.loadClass(GeneratorCli.class.getName()).getDeclaredMethod("commandLine");
            commandLine.setAccessible(true);
            Object cli = commandLine.invoke(null);
            Object exitCode = cli.getClass().getMethod("execute", String[].class).invoke(cli, (Object) generate);

            assertThat(exitCode).isEqualTo(0);
            assertThat(loader.loaded()).contains(GeneratorCli.class.getName(), LintCommand.class.getName())
                    .noneMatch(name -> name.startsWith("dev.appintel.generator.lint.")
                            || name.startsWith("dev.appintel.spec.lint.") || name.startsWith("com.networknt.")
                            || name.startsWith("dev.appintel.generator.probe."));
        }
    }
}
