package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Constructor;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin's up-to-date check builds a config and asks for the version; that path must
 * not load the parser, the YAML reader or the template engine, so that it stays fast.
 */
class VersionPathClassLoadingTest {

    @Test
    void buildingAConfigAndReadingTheVersionLoadNoParserNorTemplateClasses() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(testClassPath())) {
            Class<?> config = loader.loadClass(GeneratorConfig.class.getName());
            Constructor<?> constructor = config.getConstructors()[0];
            constructor.newInstance(Path.of("spec.yaml"), "feign-client", Path.of("out"), "dev.example", Optional.empty());
            Object version = loader.loadClass(Generator.class.getName()).getMethod("version").invoke(null);

            assertThat(version).isEqualTo(Generator.version());
            assertThat(loader.loaded).isNotEmpty()
                    .noneMatch(name -> name.startsWith("io.swagger.") || name.startsWith("org.yaml.")
                            || name.startsWith("com.fasterxml.") || name.startsWith("com.github.mustachejava."));
        }
    }

    private static URL[] testClassPath() throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads classes itself (the platform loader only supplies the JDK) and records their names. */
    private static final class RecordingLoader extends URLClassLoader {

        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loaded.add(name);
            return super.findClass(name);
        }
    }
}
