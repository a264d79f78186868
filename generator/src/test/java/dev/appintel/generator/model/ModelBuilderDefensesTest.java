package dev.appintel.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.YamlPositions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model builder's own checks of references, for documents that did not come through the
 * loader (which refuses broken references before the model is built).
 */
class ModelBuilderDefensesTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /x:
                get:
                  operationId: getX
                  parameters:
                    - $ref: "#/components/parameters/Missing"
                    - $ref: "#/components/schemas/Thing"
                    - $ref: "#/components/parameters/Loop"
                    - name: thing
                      in: query
                      schema:
                        $ref: "#/components/schemas/Gone"
                  responses:
                    "200":
                      description: ok
            components:
              schemas:
                Thing:
                  type: string
                SelfMade:
                  type: array
                  items:
                    $ref: "#/components/schemas/SelfMade"
              parameters:
                Loop:
                  $ref: "#/components/parameters/Loop"
            """;

    @Test
    void brokenReferencesAreReportedWhereTheyAreWritten() {
        assertThat(problemsOf(SPEC)).containsExactly(
                "spec.yaml:8:11 (/paths/~1x/get/parameters/0/$ref): $ref '#/components/parameters/Missing' points to"
                        + " nothing",
                "spec.yaml:9:11 (/paths/~1x/get/parameters/1/$ref): $ref '#/components/schemas/Thing' points to"
                        + " something that is not a parameter",
                "spec.yaml:14:13 (/paths/~1x/get/parameters/3/schema/$ref): $ref '#/components/schemas/Gone' points to"
                        + " nothing",
                "spec.yaml:22:5 (/components/schemas/SelfMade): schema SelfMade is defined in terms of itself",
                "spec.yaml:28:7 (/components/parameters/Loop/$ref): $ref goes round in a circle:"
                        + " /components/parameters/Loop -> /components/parameters/Loop");
    }

    private static List<String> problemsOf(String text) {
        ParseOptions asWritten = new ParseOptions();
        OpenAPI document = new OpenAPIV3Parser().readContents(text, null, asWritten).getOpenAPI();
        // The model builder reads the parsed document only, never the tree.
        LoadedSpec spec = new LoadedSpec("spec.yaml", "0", document, MissingNode.getInstance(),
                YamlPositions.read(text));

        SpecException thrown = catchThrowableOfType(SpecException.class, () -> new ModelBuilder().build(spec));

        assertThat(thrown).as("problems").isNotNull();
        return thrown.problems().stream().map(problem -> problem.describe(thrown.file())).toList();
    }
}
