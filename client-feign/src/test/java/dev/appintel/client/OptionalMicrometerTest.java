package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.RecordingServer.Reply;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Micrometer is optional: a client without it on the class path builds and calls. */
class OptionalMicrometerTest {

    @Test
    void aClientWithoutMicrometerOnTheClassPathWorks() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("micrometer") && !entry.contains("HdrHistogram"))
                .map(OptionalMicrometerTest::url).toArray(URL[]::new);
        try (RecordingServer server = RecordingServer.start();
                URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            server.answer(exchange -> Reply.json("{\"apps\": []}"));
            assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .isInstanceOf(ClassNotFoundException.class);

            Class<?> clientType = loader.loadClass(AppIntelligence.class.getName());
            Object builder = clientType.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            builderType.getMethod("token", String.class).invoke(builder, "token");
            builderType.getMethod("baseUrl", String.class).invoke(builder, server.url());
            Object client = builderType.getMethod("build").invoke(builder);
            Object api = clientType.getMethod("appOverview").invoke(client);
            Class<?> os = loader.loadClass("dev.appintel.client.model.OsIosAndroid");
            loader.loadClass("dev.appintel.client.api.AppOverviewApi")
                    .getMethod("getApps", os, List.class, String.class, Boolean.class)
                    .invoke(api, os.getField("IOS").get(null), List.of("1"), null, null);
            clientType.getMethod("close").invoke(client);

            assertThat(server.requests()).hasSize(1);
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
