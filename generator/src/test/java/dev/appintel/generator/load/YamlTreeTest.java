package dev.appintel.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** YAML aliases and merge keys read as YAML means them, by the loader as a whole. */
class YamlTreeTest {

    private static final String ALIASED = """
            openapi: 3.0.3
            info: {title: Things, version: "1"}
            paths:
              /v1/things:
                get:
                  operationId: getThings
                  parameters:
                    - &limit
                      name: limit
                      in: query
                      schema: &count
                        type: integer
                        maximum: 50
                  responses:
                    "200": &ok
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Thing"
              /v1/others:
                get:
                  operationId: getOthers
                  parameters:
                    - *limit
                    - name: offset
                      in: query
                      schema:
                        <<: *count
                        maximum: 10
                        minimum: 0
                  responses:
                    "200": *ok
            components:
              schemas:
                Base: &base
                  type: object
                  properties:
                    id: {type: string}
                Thing:
                  <<: [*base, {description: overridden, title: A thing}]
                  description: A thing
            """;

    private static final String WRITTEN_OUT = """
            openapi: 3.0.3
            info: {title: Things, version: "1"}
            paths:
              /v1/things:
                get:
                  operationId: getThings
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, maximum: 50}}
                  responses:
                    "200":
                      description: ok
                      content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
              /v1/others:
                get:
                  operationId: getOthers
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, maximum: 50}}
                    - {name: offset, in: query, schema: {maximum: 10, minimum: 0, type: integer}}
                  responses:
                    "200":
                      description: ok
                      content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
            components:
              schemas:
                Base:
                  type: object
                  properties:
                    id: {type: string}
                Thing:
                  description: A thing
                  type: object
                  properties:
                    id: {type: string}
                  title: A thing
            """;

    @Test
    void aliasesAndMergeKeysReadAsTheDocumentWrittenOut() {
        JsonNode aliased = load(ALIASED).tree();

        assertThat(aliased).isEqualTo(load(WRITTEN_OUT).tree());
        assertThat(aliased.at("/paths/~1v1~1others/get/parameters/0/name").textValue()).isEqualTo("limit");
        assertThat(aliased.at("/components/schemas/Thing/description").textValue()).isEqualTo("A thing");
        assertThat(load(ALIASED).asWritten().getPaths().get("/v1/others").getGet().getResponses().get("200")
                .getDescription()).isEqualTo("ok");
    }

    @Test
    void scalarsAreTypedAsTheLoadersUsualReaderTypesThem() throws Exception {
        String scalars = "c: 1.5\nd: true\ne: ~\nf: '7'\ng: 12345678901\nh: no\ni: 0x1F\nj: 1_000\n";

        JsonNode expanded = YamlTree.read("x.yaml", "a: &n 12\nb: *n\n" + scalars);

        assertThat(expanded).isEqualTo(DeserializationUtils.getYaml30Mapper().readTree("a: 12\nb: 12\n" + scalars));
        assertThat(expanded.get("h").isBoolean()).isTrue();
        assertThat(expanded.get("i").intValue()).isEqualTo(31);
    }

    @Test
    void anAliasInsideItsOwnAnchorIsRefusedWhereItIsWritten() {
        String text = "a: &loop\n  b:\n    c: *loop\n";

        SpecException thrown = catchThrowableOfType(SpecException.class, () -> YamlTree.read("x.yaml", text));

        assertThat(thrown.problems()).extracting(problem -> problem.describe("x.yaml")).containsExactly(
                "x.yaml:3:5 (/a/b/c): this alias stands for a node that contains it, which has no end");
    }

    @Test
    void aliasesThatMultiplyTheDocumentAreRefusedAtTheirLimit() {
        String laughs = "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n";

        SpecException thrown = catchThrowableOfType(SpecException.class, () -> YamlTree.read("x.yaml", laughs, 100));

        assertThat(thrown.problems()).hasSize(1);
        assertThat(thrown.problems().get(0).message()).isEqualTo("aliases expand the document beyond 100 nodes");
        assertThat(YamlTree.read("x.yaml", laughs, 1000).at("/d/3/3/3/3").textValue()).isEqualTo("x");
    }

    @Test
    void aMergeKeyMustNameAMapping() {
        SpecException thrown = catchThrowableOfType(SpecException.class,
                () -> YamlTree.read("x.yaml", "a: &s [1]\nb:\n  <<: *s\n"));

        assertThat(thrown.problems()).extracting(problem -> problem.describe("x.yaml")).containsExactly(
                "x.yaml:3:3 (/b/<<): a merge key (<<) must name a mapping or a list of mappings");
    }

    @Test
    void problemsInsideAnAliasedNodeAreLocated() {
        SpecException thrown = catchThrowableOfType(SpecException.class,
                () -> load(ALIASED.replace("    type: integer\n            maximum: 50",
                        "    type: integr\n            maximum: 50")));

        assertThat(thrown.problems()).extracting(problem -> problem.describe("spec.yaml")).contains(
                "spec.yaml:12:13 (/paths/~1v1~1things/get/parameters/0/schema/type): unknown type 'integr'; OpenAPI"
                        + " 3.0's types are array, boolean, integer, number, object and string");
    }

    private static LoadedSpec load(String text) {
        return new SpecLoader().load("spec.yaml", text.getBytes(StandardCharsets.UTF_8));
    }
}
