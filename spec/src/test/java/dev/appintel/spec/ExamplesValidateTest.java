package dev.appintel.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.spec.lint.LintProblem;
import dev.appintel.spec.lint.RawSpec;
import dev.appintel.spec.lint.SpecLint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every example of the spec validates against its schema (the {@code examples} lint rule), and
 * every 200 response has one.
 */
class ExamplesValidateTest {

    private static final String JSON = "application/json";

    private final JsonNode root = SpecFixture.get().rawTree();

    @Test
    void everyExampleMatchesItsSchema() {
        assertThat(SpecLint.examples(root)).extracting(LintProblem::describe)
                .as("example problems in %s", SpecFixture.get().location())
                .isEmpty();
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

    /** The bundled spec (whatever spec the other tests read), with one required property removed. */
    @Test
    void theRuleRejectsAnExampleLackingARequiredProperty() {
        ObjectNode spec = (ObjectNode) SpecFixture.readYaml(SpecFixture.readResource(SpecFixture.SPEC_RESOURCE));
        String firstApp = "/paths/~1v1~1{os}~1apps/get/responses/200/content/application~1json"
                + "/examples/ios/value/apps/0";
        ((ObjectNode) spec.at(firstApp)).remove("name");

        assertThat(SpecLint.examples(spec)).extracting(LintProblem::describe)
                .containsExactly(firstApp + ": [examples] required property 'name' not found");
    }
}
