package dev.appintel.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The diff tests' baseline spec ({@code diff/base.yaml}) and edited copies of it. */
final class DiffSpecs {

    static final String BASE_RESOURCE = "diff/base.yaml";
    static final String APPS = "/paths/~1v1~1{os}~1apps/get";
    static final String SALES = "/paths/~1v1~1{os}~1sales/get";
    static final String APP = "/components/schemas/App";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DiffSpecs() {
    }

    static String baseText() {
        try (InputStream in = DiffSpecs.class.getClassLoader().getResourceAsStream(BASE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline with {@code edit} applied to its tree, written back as YAML. */
    static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(baseText());
            edit.accept(root);
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares the baseline with an edited copy. */
    static ChangeReport compare(Consumer<ObjectNode> edit) {
        return compare(baseText(), edited(edit));
    }

    static ChangeReport compare(String baseline, String current) {
        return new SpecDiff().compare("base.yaml", baseline.getBytes(StandardCharsets.UTF_8),
                "current.yaml", current.getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode object(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return (ObjectNode) node;
    }

    static ArrayNode array(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isArray()) {
            throw new IllegalArgumentException("no array at " + pointer);
        }
        return (ArrayNode) node;
    }

    /** The parameter object with this name in the operation at {@code operation}. */
    static ObjectNode parameter(ObjectNode root, String operation, String name) {
        for (JsonNode parameter : array(root, operation + "/parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return (ObjectNode) parameter;
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " at " + operation);
    }

    /** Removes the array element equal to {@code value}. */
    static void removeValue(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no value " + value + " in " + array);
    }
}
