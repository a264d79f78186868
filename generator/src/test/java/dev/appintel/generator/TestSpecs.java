package dev.appintel.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The generator's fixture spec, a frozen copy of the API's spec kept in these tests' resources, and
 * small helpers around it. Tests that state facts of one spec (counts, names, golden files) use it,
 * so that an edit of the real spec never touches them; the real spec itself is checked by
 * {@code RealSpecClientTest} with nothing pinned.
 */
public final class TestSpecs {

    /** The fixture's classpath resource. */
    public static final String RESOURCE = "fixture-spec/app-intelligence.yaml";

    /** The file name the fixture is loaded under, the real spec's. */
    public static final String FILE_NAME = "app-intelligence.yaml";

    private static final List<String> OPERATION_KEYS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static ApiModel model;

    private TestSpecs() {
    }

    /** The fixture's text. */
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

    /** How many operations the fixture's document has, counted in the document as written. */
    public static int operationCount() {
        int operations = 0;
        for (JsonNode pathItem : load(text()).tree().path("paths")) {
            operations += (int) OPERATION_KEYS.stream().filter(pathItem::has).count();
        }
        return operations;
    }

    /** How many parameters its operations have, path-level ones counted with each operation. */
    public static int parameterCount() {
        int parameters = 0;
        for (JsonNode pathItem : load(text()).tree().path("paths")) {
            for (String method : OPERATION_KEYS) {
                if (pathItem.has(method)) {
                    parameters += pathItem.path("parameters").size() + pathItem.path(method).path("parameters").size();
                }
            }
        }
        return parameters;
    }

    /** The model of the fixture, built once. */
    public static synchronized ApiModel model() {
        if (model == null) {
            model = new ModelBuilder().build(load(text()));
        }
        return model;
    }
}
