package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.load.SpecProblem;
import dev.appintel.generator.model.ModelBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of problem, the loader's (Swagger Parser's messages included) and the model
 * builder's, is placed on the line of the node at fault. Each case edits a valid spec so that the
 * fault sits on the line marked {@code # fault}, often deep inside a schema whose outermost node
 * is many lines above, and asserts that the problem is reported on that line.
 */
class ProblemLocationsTest {

    private static final String MARK = "# fault";

    static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Things
              version: "1"
            security:
              - key: []
            paths:
              /v1/things:
                get:
                  operationId: getThings
                  parameters:
                    - name: ids
                      in: query
                      required: true
                      schema:
                        type: array
                        items:
                          type: string
                    - $ref: "#/components/parameters/Limit"
                  responses:
                    "200":
                      description: ok
                      headers:
                        X-Rate:
                          schema:
                            type: integer
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Things"
            components:
              securitySchemes:
                key:
                  type: apiKey
                  in: query
                  name: auth_token
              parameters:
                Limit:
                  name: limit
                  in: query
                  schema:
                    type: integer
              schemas:
                Things:
                  type: object
                  required: [count]
                  properties:
                    count:
                      type: integer
                    things:
                      type: array
                      items:
                        $ref: "#/components/schemas/Thing"
                Thing:
                  type: object
                  properties:
                    id:
                      type: string
                    kind:
                      oneOf:
                        - type: string
                        - type: integer
            """;

    static Stream<Arguments> faults() {
        return Stream.of(
                // Swagger Parser's messages, which name a nested schema by its outermost one
                fault("an unexpected key in a property's schema", "      count:\n          type: integer\n",
                        "      count:\n          type: integer\n          maxItemz: 3  # fault\n", "maxItemz is unexpected"),
                fault("a type that is a list, in an array's items", "            $ref: \"#/components/schemas/Thing\"\n",
                        "            type: [string, \"null\"]  # fault\n", "type is not of type `string`"),
                fault("an array without items, inside a property", "      things:\n          type: array\n"
                        + "          items:\n            $ref: \"#/components/schemas/Thing\"\n",
                        "      things:  # fault\n          type: array\n", "items is missing"),
                fault("an unexpected key in a parameter's schema", "          items:\n              type: string\n",
                        "          itemz:  # fault\n              type: string\n", "itemz is unexpected"),
                fault("a parameter without a name", "        - name: ids\n          in: query\n",
                        "        - nam: ids  # fault\n          in: query\n", "nam is unexpected"),
                fault("a parameter name that is not a string", "        - name: ids\n",
                        "        - name: [ids]  # fault\n", "name is not of type `string`"),
                fault("a response header's schema", "                type: integer\n          content",
                        "                type: {a: 1}  # fault\n          content", "type is not of type `string`"),
                fault("a $ref that is not a string", "        - $ref: \"#/components/parameters/Limit\"\n",
                        "        - $ref: {a: 1}  # fault\n", "$ref is not of type `string`"),
                fault("a $ref to an object of the wrong kind", "        - $ref: \"#/components/parameters/Limit\"\n",
                        "        - $ref: \"#/components/schemas/Thing\"  # fault\n", "is not of expected type"),
                fault("a response without a description", "        \"200\":\n          description: ok\n",
                        "        \"200\":  # fault\n", "description is missing"),
                fault("a component parameter's location", "      in: query\n      schema:\n        type: integer\n",
                        "      in: body  # fault\n      schema:\n        type: integer\n", "in is not of type"),
                fault("a limit that is a list", "      count:\n          type: integer\n",
                        "      count:\n          type: integer\n          minimum: [1]  # fault\n",
                        "minimum is not of type"),
                fault("an enum that is a mapping", "            - type: integer\n",
                        "            - type: integer\n              enum: {a: 1}  # fault\n", "enum is not of type `array`"),
                // the loader's own checks
                fault("a $ref to nothing", "$ref: \"#/components/schemas/Thing\"", "$ref: \"#/components/schemas/Thin\""
                        + "  " + MARK, "points to nothing"),
                fault("a $ref into another file", "$ref: \"#/components/schemas/Thing\"",
                        "$ref: \"other.yaml#/Thing\"  " + MARK, "points outside this file"),
                fault("a repeated key", "      operationId: getThings\n",
                        "      operationId: getThings\n      operationId: getThem  # fault\n", "duplicate key"),
                fault("a YAML syntax error", "      operationId: getThings\n",
                        "      operationId: get: Things  # fault\n", "YAML syntax error"),
                fault("type: date in a property", "      id:\n          type: string\n",
                        "      id:\n          type: date  # fault\n", "unknown type 'date'"),
                fault("type: date in a oneOf alternative", "            - type: integer\n",
                        "            - type: date  # fault\n", "unknown type 'date'"),
                fault("type: date in a response header", "                type: integer\n          content",
                        "                type: date  # fault\n          content", "unknown type 'date'"),
                fault("type: date in a component parameter", "    schema:\n        type: integer\n",
                        "    schema:\n        type: date  # fault\n", "unknown type 'date'"),
                fault("a flag that is not a boolean", "      required: true\n",
                        "      required: yes please  # fault\n", "required must be true or false"),
                fault("nullable that is not a boolean", "      id:\n          type: string\n",
                        "      id:\n          type: string\n          nullable: 1  # fault\n", "nullable must be true"),
                fault("a count that is not a number", "          type: array\n          items:\n",
                        "          type: array\n          maxItems: many  # fault\n          items:\n",
                        "maxItems must be a whole number"),
                fault("another OpenAPI version", "openapi: 3.0.3\n", "openapi: 3.1.0  # fault\n", "openapi is 3.1.0"),
                fault("an alias that contains itself", "      kind:\n          oneOf:\n",
                        "      kind: &loop\n          not:\n            allOf: [*loop]  # fault\n          oneOf:\n",
                        "has no end"),
                // the model builder's
                fault("allOf", "      kind:\n          oneOf:\n", "      kind:\n          allOf:  # fault\n",
                        "allOf, anyOf and not are not supported"),
                fault("a required name that is not a property", "  required: [count]\n",
                        "  required:\n          - count\n          - total  # fault\n", "required names 'total'"),
                fault("a body that is not JSON", "        application/json:\n              schema:\n"
                        + "                $ref: \"#/components/schemas/Things\"\n",
                        "        text/csv:  # fault\n              schema:\n                type: string\n",
                        "only JSON bodies are supported"),
                fault("a request body", "      operationId: getThings\n", "      operationId: getThings\n"
                        + "      requestBody:  # fault\n        content: {application/json: {schema: {type: object}}}\n",
                        "request bodies are not supported"),
                fault("a range of statuses", "        \"200\":\n", "        \"2XX\":  # fault\n",
                        "response status '2XX' is not supported"),
                fault("a parameter with content instead of a schema", "      schema:\n        type: integer\n",
                        "      content:  # fault\n        application/json:\n          schema:\n"
                                + "            type: integer\n", "content is not supported"),
                fault("a list style that cannot be sent", "      required: true\n",
                        "      required: true\n          style: spaceDelimited  # fault\n", "style spaceDelimited"),
                fault("a security scheme that is not an API key", "      type: apiKey\n      in: query\n"
                        + "      name: auth_token\n", "      type: http  # fault\n      scheme: bearer\n",
                        "only apiKey schemes"),
                fault("a path item $ref", "  /v1/things:\n", "  /v1/others:\n    $ref: \"#/paths/~1v1~1things\"  "
                        + MARK + "\n  /v1/things:\n", "a path item $ref is not supported"),
                fault("servers of an operation", "      operationId: getThings\n", "      operationId: getThings\n"
                        + "      servers:  # fault\n        - url: https://other.example.com\n",
                        "servers of a path or an operation are not supported"),
                fault("servers of a path", "  /v1/things:\n", "  /v1/things:\n    servers:  # fault\n"
                        + "      - url: https://other.example.com\n", "servers of a path or an operation"),
                fault("callbacks", "      operationId: getThings\n", "      operationId: getThings\n"
                        + "      callbacks:  # fault\n        done:\n          '{$request.query.url}':\n"
                        + "            post:\n              responses: {'200': {description: ok}}\n",
                        "callbacks are not supported"),
                fault("an operation without an operationId", "    get:\n      operationId: getThings\n",
                        "    get:  # fault\n", "has no operationId"),
                // operation-level security
                operationSecurity("an HTTP bearer scheme", "other: []", "other:\n      type: http  # fault\n"
                        + "      scheme: bearer\n", "security scheme 'other' is http (bearer)"),
                operationSecurity("an OAuth 2 scheme", "other: [read]", "other:\n      type: oauth2  # fault\n"
                        + "      flows: {clientCredentials: {tokenUrl: /token, scopes: {read: Read}}}\n",
                        "security scheme 'other' is oauth2"),
                operationSecurity("an OpenID Connect scheme", "other: []", "other:\n      type: openIdConnect  # fault\n"
                        + "      openIdConnectUrl: https://example.com/.well-known/openid-configuration\n",
                        "security scheme 'other' is openIdConnect"),
                operationSecurity("an API key in a cookie", "other: []", "other:\n      type: apiKey\n"
                        + "      in: cookie  # fault\n      name: session\n", "sends its key in a cookie"),
                fault("alternative requirements", "      operationId: getThings\n", "      operationId: getThings\n"
                        + "      security:\n        - key: []\n        - {}  # fault\n",
                        "alternative security requirements are not supported"),
                fault("schemes required together", "      operationId: getThings\n", "      operationId: getThings\n"
                        + "      security:\n        - key: []\n          other: []  # fault\n",
                        "security schemes required together"),
                fault("an undeclared scheme", "      operationId: getThings\n", "      operationId: getThings\n"
                        + "      security:\n        - nope: []  # fault\n", "security scheme 'nope' is not declared"));
    }

    /** An operation's own requirement naming {@code other}, defined as {@code scheme} with the fault. */
    private static Arguments operationSecurity(String kind, String requirement, String scheme, String message) {
        return fault(kind, "      operationId: getThings\n      parameters:\n", "      operationId: getThings\n"
                + "      security:\n        - " + requirement + "\n      parameters:\n",
                "  securitySchemes:\n", "  securitySchemes:\n    " + scheme, message);
    }

    private static Arguments fault(String kind, String find, String replacement, String find2, String replacement2,
            String message) {
        assertThat(SPEC).as(kind).contains(find).contains(find2);
        assertThat(replacement + replacement2).as(kind).contains(MARK);
        return Arguments.of(kind, SPEC.replace(find, replacement).replace(find2, replacement2), message);
    }

    private static Arguments fault(String kind, String find, String replacement, String message) {
        assertThat(SPEC).as(kind).contains(find);
        assertThat(replacement).as(kind).contains(MARK);
        return Arguments.of(kind, SPEC.replace(find, replacement), message);
    }

    @Test
    void theSpecItselfIsFine() {
        assertThat(new ModelBuilder().build(new SpecLoader().load("spec.yaml", bytes(SPEC))).operations()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachProblemIsOnTheLineOfItsFault(String kind, String spec, String message) {
        int faultLine = lineOf(spec, MARK);

        List<SpecProblem> problems = problemsOf(spec);

        assertThat(problems).as("the problems of: " + kind).filteredOn(problem -> problem.message().contains(message))
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.location().line())
                        .as(problem.describe("spec.yaml")).isEqualTo(faultLine));
    }

    private static List<SpecProblem> problemsOf(String spec) {
        SpecException thrown = catchThrowableOfType(SpecException.class,
                () -> new ModelBuilder().build(new SpecLoader().load("spec.yaml", bytes(spec))));
        assertThat(thrown).as("a problem").isNotNull();
        return thrown.problems();
    }

    private static int lineOf(String text, String marker) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + marker);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
