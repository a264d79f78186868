package dev.appintel.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.lint.ExampleValidator;
import dev.appintel.spec.lint.RawSpec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of a JSON response, in the operations and in {@code components/responses},
 * validates against the response's schema.
 */
class ExamplesValidateTest {

    private static final String JSON = "application/json";

    /** One example to check: a display name, its location, the schema and the example. */
    record ExampleCase(String name, String pointer, JsonNode schema, JsonNode example) {

        boolean isSuccess() {
            return pointer.contains("/responses/200/");
        }
    }

    private final JsonNode root = SpecFixture.get().rawTree();
    private final ExampleValidator validator = new ExampleValidator(root);

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsSchema() {
        return exampleCases(root).stream().map(example -> dynamicTest(example.name(),
                () -> assertThat(validator.validate(example.schema(), example.example()))
                        .as("errors of example '%s' at %s", example.name(), example.pointer())
                        .isEmpty()));
    }

    @Test
    void every200ResponseHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            JsonNode media = RawSpec.deref(root, operation.node().path("responses").path("200"))
                    .path("content").path(JSON);
            if (!media.has("example") && media.path("examples").isEmpty()) {
                missing.add(RawSpec.child(operation.pointer(), "responses", "200", "content", JSON));
            }
        }
        assertThat(missing).as("200 responses without an example").isEmpty();
    }

    @Test
    void validatorRejectsAnExampleLackingARequiredProperty() {
        ExampleCase example = exampleToBreak();
        JsonNode schema = RawSpec.deref(root, example.schema());
        String property = firstRequiredPropertyPresent(schema, example.example());
        ObjectNode broken = example.example().deepCopy();
        broken.remove(property);

        assertThat(validator.validate(example.schema(), broken))
                .as("errors of %s without '%s'", example.name(), property)
                .isNotEmpty()
                .anyMatch(message -> message.contains(property));
    }

    @Test
    void validatorUnderstandsOpenApi30Schemas() {
        JsonNode document = SpecFixture.readYaml("""
                components:
                  schemas:
                    Day:
                      type: object
                      x-provisional: true
                      additionalProperties: false
                      required: [date, count]
                      properties:
                        date: {type: string, format: date}
                        count: {type: integer, nullable: true}
                        label: {type: string}
                """);
        ExampleValidator miniValidator = new ExampleValidator(document);
        JsonNode schema = SpecFixture.readYaml("$ref: '#/components/schemas/Day'");

        assertThat(miniValidator.validate(schema, SpecFixture.readYaml("{date: '2024-01-31', count: null}")))
                .isEmpty();
        assertThat(miniValidator.validate(schema, SpecFixture.readYaml("{date: '2024-01-31', count: 1, x: 1}")))
                .anyMatch(message -> message.contains("x"));
        assertThat(miniValidator.validate(schema, SpecFixture.readYaml("{date: '2024-13-45', count: 1}")))
                .anyMatch(message -> message.contains("date"));
        assertThat(miniValidator.validate(schema, SpecFixture.readYaml("{date: '2024-01-31', count: 1, label: null}")))
                .anyMatch(message -> message.contains("label"));
    }

    /** Lists the examples of the JSON responses of every operation and of components/responses. */
    static List<ExampleCase> exampleCases(JsonNode root) {
        List<ExampleCase> cases = new ArrayList<>();
        for (RawSpec.Operation operation : RawSpec.operations(root)) {
            for (Map.Entry<String, JsonNode> response : operation.node().path("responses").properties()) {
                // Referenced responses are checked once, where components/responses declares them.
                if (!response.getValue().has("$ref")) {
                    addExamples(root, operation.displayName() + " " + response.getKey(),
                            RawSpec.child(operation.pointer(), "responses", response.getKey()),
                            response.getValue(), cases);
                }
            }
        }
        for (Map.Entry<String, JsonNode> response : root.path("components").path("responses").properties()) {
            addExamples(root, "components/responses/" + response.getKey(),
                    RawSpec.pointer("components", "responses", response.getKey()), response.getValue(), cases);
        }
        return cases;
    }

    private static void addExamples(JsonNode root, String name, String pointer, JsonNode response,
                                    List<ExampleCase> cases) {
        JsonNode media = response.path("content").path(JSON);
        String mediaPointer = RawSpec.child(pointer, "content", JSON);
        JsonNode schema = media.path("schema");
        if (media.has("example")) {
            cases.add(new ExampleCase(name + " example", RawSpec.child(mediaPointer, "example"),
                    schema, media.get("example")));
        }
        for (Map.Entry<String, JsonNode> example : media.path("examples").properties()) {
            cases.add(new ExampleCase(name + " " + example.getKey(),
                    RawSpec.child(mediaPointer, "examples", example.getKey()),
                    schema, RawSpec.deref(root, example.getValue()).path("value")));
        }
    }

    /** A real 200 example with a required property to remove, preferring the first operation's. */
    private ExampleCase exampleToBreak() {
        return exampleCases(root).stream()
                .filter(ExampleCase::isSuccess)
                .filter(example -> firstRequiredPropertyPresent(
                        RawSpec.deref(root, example.schema()), example.example()) != null)
                .min(Comparator.comparing(example -> !example.name().startsWith("getApps ")))
                .orElseThrow(() -> new AssertionError("no 200 example has a required property to remove"));
    }

    private static String firstRequiredPropertyPresent(JsonNode schema, JsonNode example) {
        for (JsonNode required : schema.path("required")) {
            if (example.isObject() && example.has(required.asText())) {
                return required.asText();
            }
        }
        return null;
    }
}
