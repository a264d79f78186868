package dev.appintel.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.TypeRef.ListOf;
import dev.appintel.generator.model.TypeRef.Scalar;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** References to parameters, schemas and responses written in another operation ({@code #/paths/...}). */
class PathRefsTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Things, version: "1"}
            paths:
              /v1/{os}/things:
                get:
                  operationId: getThings
                  parameters:
                    - name: ids
                      in: query
                      required: true
                      style: form
                      explode: false
                      schema:
                        type: array
                        maxItems: 5
                        items: {type: string, pattern: "^[0-9]+$"}
                    - {name: os, in: path, required: true, schema: {type: string}}
                  responses:
                    "200":
                      description: the things
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              count: {type: integer}
              /v1/others:
                get:
                  operationId: getOthers
                  parameters:
                    - $ref: "#/paths/~1v1~1%7Bos%7D~1things/get/parameters/0"
                    - name: first
                      in: query
                      schema:
                        $ref: "#/paths/~1v1~1{os}~1things/get/parameters/0/schema/items"
                  responses:
                    "200":
                      $ref: "#/paths/~1v1~1{os}~1things/get/responses/200"
            """;

    @Test
    void parametersSchemasAndResponsesOfAnotherOperationResolve() {
        ApiModel model = build(SPEC);
        Operation others = model.operations().get(1);

        Parameter ids = others.parameters().get(0);
        assertThat(ids.name()).isEqualTo("ids");
        assertThat(ids.required()).isTrue();
        assertThat(ids.type()).isEqualTo(new ListOf(new Scalar(ScalarKind.STRING)));
        assertThat(ids.encoding()).isEqualTo(Parameter.WireEncoding.COMMA_JOINED);
        assertThat(ids.constraints().maxItems()).contains(5);
        Parameter first = others.parameters().get(1);
        assertThat(first.type()).isEqualTo(new Scalar(ScalarKind.STRING));
        assertThat(first.constraints().pattern()).contains("^[0-9]+$");
        Response ok = others.responses().get(0);
        assertThat(ok.description()).isEqualTo("the things");
        assertThat(ok.body()).containsInstanceOf(TypeRef.Named.class);
    }

    @Test
    void aRefToSomethingOfAnotherKindIsLocatedAtTheRef() {
        SpecException thrown = catchThrowableOfType(SpecException.class, () -> build(SPEC.replace(
                "$ref: \"#/paths/~1v1~1{os}~1things/get/parameters/0/schema/items\"",
                "$ref: \"#/paths/~1v1~1{os}~1things/get/parameters/0\"")));

        assertThat(thrown.problems()).extracting(problem -> problem.describe("spec.yaml")).containsExactly(
                "spec.yaml:35:13 (/paths/~1v1~1others/get/parameters/1/schema/$ref): $ref"
                        + " '#/paths/~1v1~1{os}~1things/get/parameters/0' points to something that is not a schema");
    }

    private static ApiModel build(String text) {
        return new ModelBuilder().build(new SpecLoader().load("spec.yaml", text.getBytes(StandardCharsets.UTF_8)));
    }
}
