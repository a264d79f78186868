package dev.appintel.generator;

import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real spec, from the test classpath (the spec module's jar), and small helpers around it. */
public final class TestSpecs {

    /** The spec's classpath resource. */
    public static final String RESOURCE = "openapi/app-intelligence.yaml";

    /** The file name the spec is loaded under. */
    public static final String FILE_NAME = "app-intelligence.yaml";

    private static ApiModel model;

    private TestSpecs() {
    }

    /** The spec's text. */
    public static String text() {
        try (InputStream in = TestSpecs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads spec text under the real spec's file name. */
    public static LoadedSpec load(String text) {
        return new SpecLoader().load(FILE_NAME, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The model of the real spec, built once. */
    public static synchronized ApiModel model() {
        if (model == null) {
            model = new ModelBuilder().build(load(text()));
        }
        return model;
    }
}
