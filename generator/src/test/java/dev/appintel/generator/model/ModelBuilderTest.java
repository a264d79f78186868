package dev.appintel.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.model.TypeRef.Named;
import dev.appintel.generator.model.TypeRef.Scalar;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How names are decided and shapes mapped, on a small spec made to hit the corner cases. */
class ModelBuilderTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Names, version: "2"}
            servers:
              - url: https://{host}/api
                variables:
                  host: {default: example.com}
            security:
              - key: []
            tags:
              - name: "B: Second"
                description: the second
              - name: "A: First"
              - name: "Unused: Nothing"
            paths:
              /items/{id}:
                parameters:
                  - name: id
                    in: path
                    required: true
                    schema: {type: string}
                  - name: lang
                    in: query
                    schema: {type: string}
                get:
                  tags: ["A: First"]
                  operationId: getItem
                  parameters:
                    - name: lang
                      in: query
                      description: Overrides the path's own.
                      schema: {type: string, enum: [en, de]}
                    - name: sort
                      in: query
                      schema: {type: string, enum: [asc, desc]}
                    - name: Sort
                      in: query
                      schema: {type: string}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              n: {type: integer}
                          example: {n: 1}
              /others:
                get:
                  tags: ["B: Second"]
                  operationId: getOthers
                  parameters:
                    - name: sort
                      in: query
                      schema: {type: string, enum: [asc, desc]}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Things"
              /untagged:
                get:
                  operationId: getUntagged
                  responses:
                    "204": {description: nothing}
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: X-Key}
              schemas:
                Things:
                  type: object
                  properties:
                    kind:
                      type: string
                      enum: [a-b, a_b, "9"]
                    app_id: {type: string}
                    appId: {type: integer, format: int64}
                    class: {type: boolean}
                    nested:
                      type: object
                      properties:
                        x: {type: number}
                    mixed:
                      oneOf: [{type: string}, {type: integer}]
                    same:
                      oneOf: [{type: string}, {$ref: "#/components/schemas/Code"}]
                ThingsKind:
                  type: string
                  enum: [x]
                String:
                  type: object
                  properties:
                    v: {type: string}
                Code:
                  type: string
                  minLength: 2
            """;

    private final ApiModel model = build(SPEC);

    @Test
    void readsTheServiceFacts() {
        assertThat(model.title()).isEqualTo("Names");
        assertThat(model.version()).isEqualTo("2");
        assertThat(model.serverUrl()).isEqualTo("https://example.com/api");
        assertThat(model.apiKey()).isEqualTo(new ApiKey("X-Key", ParameterLocation.HEADER));
    }

    @Test
    void groupsByDeclaredTagOrderThenUntaggedAndSkipsUnusedTags() {
        assertThat(model.tags()).extracting(TagGroup::name, TagGroup::javaName, TagGroup::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B: Second", "SecondApi", "the second"),
                        org.assertj.core.groups.Tuple.tuple("A: First", "FirstApi", ""),
                        org.assertj.core.groups.Tuple.tuple("default", "DefaultApi", ""));
    }

    @Test
    void pathLevelParametersComeFirstUnlessTheOperationOverridesThem() {
        Operation getItem = operation("getItem");

        assertThat(getItem.parameters()).extracting(Parameter::name).containsExactly("id", "lang", "sort", "Sort");
        assertThat(getItem.parameters()).extracting(Parameter::javaName)
                .containsExactly("id", "lang", "sort", "sort2");
        assertThat(getItem.parameter("id").orElseThrow().source().pointer()).isEqualTo("/paths/~1items~1{id}/parameters/0");
        assertThat(getItem.parameter("lang").orElseThrow().description()).isEqualTo("Overrides the path's own.");
    }

    @Test
    void identicalInlineEnumsAreSeparateTypesNamedAfterTheirOperations() {
        assertThat(operation("getItem").parameter("lang").orElseThrow().type()).isEqualTo(named("ItemLang"));
        assertThat(operation("getItem").parameter("sort").orElseThrow().type()).isEqualTo(named("ItemSort"));
        assertThat(operation("getOthers").parameter("sort").orElseThrow().type()).isEqualTo(named("OthersSort"));
        assertThat(((EnumType) type("ItemSort")).constants()).isEqualTo(((EnumType) type("OthersSort")).constants());
    }

    @Test
    void anInlineEnumYieldsToAComponentOfTheSameName() {
        ObjectType things = (ObjectType) type("Things");

        assertThat(things.properties().get(0).type()).isEqualTo(named("ThingsKind2"));
        assertThat(type("ThingsKind").schemaName()).isEqualTo("ThingsKind");
        assertThat(((EnumType) type("ThingsKind2")).constants()).extracting(EnumConstant::javaName)
                .containsExactly("A_B", "A_B_2", "V_9");
    }

    @Test
    void propertiesThatMapToTheSameMemberAreNumbered() {
        assertThat(((ObjectType) type("Things")).properties()).extracting(Property::jsonName, Property::javaName)
                .startsWith(org.assertj.core.groups.Tuple.tuple("kind", "kind"),
                        org.assertj.core.groups.Tuple.tuple("app_id", "appId"),
                        org.assertj.core.groups.Tuple.tuple("appId", "appId2"),
                        org.assertj.core.groups.Tuple.tuple("class", "class_"));
    }

    @Test
    void inlineObjectsAndUnionsAreNamedAfterTheirOwner() {
        ObjectType things = (ObjectType) type("Things");

        assertThat(property(things, "nested").type()).isEqualTo(named("ThingsNested"));
        assertThat(property(things, "mixed").type()).isEqualTo(named("ThingsMixed"));
        assertThat(((ScalarUnion) type("ThingsMixed")).alternatives()).containsExactly(ScalarKind.STRING, ScalarKind.INT32);
        assertThat(property(things, "same").type()).isEqualTo(new Scalar(ScalarKind.STRING));
        assertThat(type("ThingsNested").source().pointer()).isEqualTo("/components/schemas/Things/properties/nested");
    }

    @Test
    void aSchemaNamedLikeAJavaLangTypeIsRenamed() {
        assertThat(type("StringModel").schemaName()).isEqualTo("String");
    }

    @Test
    void anInlineResponseBodyIsNamedAfterTheOperation() {
        Response ok = operation("getItem").success().orElseThrow();

        assertThat(ok.body()).contains(named("ItemResponse"));
        assertThat(ok.schemaName()).isEmpty();
        assertThat(ok.examples()).isEqualTo(Map.of("default", "{\"n\":1}"));
        assertThat(operation("getUntagged").responses()).singleElement()
                .satisfies(response -> assertThat(response.body()).isEmpty());
    }

    @Test
    void anOperationWithoutAnIdIsRefused() {
        SpecException thrown = problems(SPEC.replace("      operationId: getUntagged\n", ""));

        assertThat(thrown.problems()).extracting(problem -> problem.describe(thrown.file())).containsExactly(
                "spec.yaml:64:5 (/paths/~1untagged/get): GET /untagged has no operationId, which names its method");
    }

    @Test
    void onlyApiKeySchemesAreSupported() {
        SpecException thrown = problems(SPEC.replace("{type: apiKey, in: header, name: X-Key}",
                "{type: http, scheme: bearer}"));

        assertThat(thrown.problems()).extracting(problem -> problem.describe(thrown.file())).containsExactly(
                "spec.yaml:70:11 (/components/securitySchemes/key/type): security scheme 'key' is http (bearer); only"
                        + " apiKey schemes with a name and a location (header or query) are supported");
    }

    private Operation operation(String javaName) {
        return model.operations().stream().filter(operation -> operation.javaName().equals(javaName)).findFirst()
                .orElseThrow();
    }

    private ModelType type(String javaName) {
        return model.types().stream().filter(type -> type.javaName().equals(javaName)).findFirst()
                .orElseThrow(() -> new AssertionError("no type " + javaName + " in " + model.types().stream()
                        .map(ModelType::javaName).toList()));
    }

    private static Property property(ObjectType type, String jsonName) {
        return type.properties().stream().filter(property -> property.jsonName().equals(jsonName)).findFirst()
                .orElseThrow();
    }

    private static Named named(String javaName) {
        return new Named(javaName, javaName);
    }

    private static ApiModel build(String spec) {
        return new ModelBuilder().build(new SpecLoader().load("spec.yaml", spec.getBytes(StandardCharsets.UTF_8)));
    }

    private static SpecException problems(String spec) {
        SpecException thrown = catchThrowableOfType(SpecException.class, () -> build(spec));
        assertThat(thrown).as("problems").isNotNull();
        return thrown;
    }
}
