package dev.appintel.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version stamped into {@value #RESOURCE} by the build, read once. */
final class GeneratorVersion {

    static final String RESOURCE = "appintel-generator.properties";

    static final String VALUE = read();

    private GeneratorVersion() {
    }

    private static String read() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + GeneratorVersion.class.getName());
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
