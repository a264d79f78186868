package dev.appintel.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.SpecFixture;
import org.junit.jupiter.api.Test;

/**
 * The {@code examples} rule (and, for parameters, {@code parameterValues}) on a small document with a faulty example of every kind, beside valid
 * ones, an external one and {@code $ref}s to components that must be checked only once.
 */
class ExamplesRuleTest {

    private static final String THINGS = "/paths/~1things~1{id}";
    private static final String GET = THINGS + "/get";
    private static final String OK_JSON = GET + "/responses/200/content/application~1json";

    private static final JsonNode DOCUMENT = SpecFixture.readYaml("""
            openapi: 3.0.3
            paths:
              /things/{id}:
                parameters:
                  - name: id
                    in: path
                    required: true
                    schema: {type: integer}
                    example: seven
                get:
                  parameters:
                    - name: day
                      in: query
                      schema: {type: string, format: date}
                      examples:
                        good: {value: "2024-01-31"}
                        bad: {value: "2024-13-45"}
                    - $ref: "#/components/parameters/Limit"
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/Thing"}
                        example: {name: 5}
                  responses:
                    "200":
                      description: OK.
                      headers:
                        X-Count:
                          schema: {type: integer, minimum: 0}
                          example: -1
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
                          examples:
                            inline: {value: {name: thing, tags: [a, 1]}}
                            shared: {$ref: "#/components/examples/SharedThing"}
                            outside: {externalValue: "https://example.com/thing.json"}
                    "400":
                      description: Dangling schema.
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Gone"}
                          example: {}
                    "404": {$ref: "#/components/responses/NotFound"}
                    "500":
                      description: No schema.
                      content:
                        text/plain:
                          example: oops
            components:
              parameters:
                Limit:
                  name: limit
                  in: query
                  schema: {type: integer, maximum: 100}
                  example: 1000
              responses:
                NotFound:
                  description: Not found.
                  content:
                    application/json:
                      schema: {type: object, required: [error], properties: {error: {type: string}}}
                      example: {}
              examples:
                SharedThing:
                  value: {tags: []}
              schemas:
                Thing:
                  type: object
                  required: [name]
                  example: {name: widget}
                  properties:
                    name: {type: string, example: 42}
                    tags:
                      type: array
                      items: {type: string, example: ok}
                Pair:
                  allOf:
                    - $ref: "#/components/schemas/Thing"
                    - {type: object, properties: {size: {type: integer, nullable: true, example: null}}}
                  not: {type: string, example: 3}
            """);

    @Test
    void reportsEveryFaultyExampleOnceAtTheFailingValue() {
        assertThat(SpecLint.examples(DOCUMENT)).extracting(LintProblem::describe).containsExactly(
                GET + "/requestBody/content/application~1json/example/name: [examples] integer found, string expected",
                OK_JSON + "/examples/inline/value/tags/1: [examples] integer found, string expected",
                "/components/examples/SharedThing/value: [examples] required property 'name' not found"
                        + " (as used at " + OK_JSON + "/examples/shared)",
                GET + "/responses/200/headers/X-Count/example: [examples] must have a minimum value of 0",
                GET + "/responses/400/content/application~1json/example: [examples]"
                        + " invalid schema: Reference /components/schemas/Gone cannot be resolved",
                GET + "/responses/500/content/text~1plain/example: [examples] no schema to validate against",
                "/components/responses/NotFound/content/application~1json/example: [examples]"
                        + " required property 'error' not found",
                "/components/schemas/Thing/properties/name/example: [examples] integer found, string expected",
                "/components/schemas/Pair/not/example: [examples] integer found, string expected");
    }

    @Test
    void theExamplesOfParametersAreCheckedByTheRuntimesCheckerInstead() {
        assertThat(SpecLint.parameterValues(DOCUMENT)).extracting(LintProblem::describe).containsExactlyInAnyOrder(
                THINGS + "/parameters/0/example: [parameterValues] Invalid parameter: id must be an integer"
                        + " (got 'seven')",
                GET + "/parameters/0/examples/bad/value: [parameterValues] Invalid parameter: day must be a date"
                        + " as YYYY-MM-DD (got '2024-13-45')",
                "/components/parameters/Limit/example: [parameterValues] Invalid parameter: limit must be at most 100"
                        + " (got '1000')");
    }

    @Test
    void aDocumentWithoutExamplesPasses() {
        assertThat(SpecLint.examples(SpecFixture.readYaml("openapi: 3.0.3"))).isEmpty();
    }
}
