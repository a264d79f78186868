package dev.appintel.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserMessagesTest {

    private final ParserMessages messages = new ParserMessages(YamlPositions.read("""
            openapi: 3.0.3
            paths:
              /v1/{os}/apps:
                get:
                  parameters:
                    - $ref: "#/components/parameters/Os"
                    - name: app_ids
                      in: query
                  responses:
                    "200":
                      content:
                        application/json:
                          schema: {}
            components:
              parameters:
                Os:
                  name: os
                  in: path
              schemas:
                com.example.Thing:
                  type: object
            """));

    @Test
    void aMissingAttributeIsNamedUnderItsParent() {
        assertThat(messages.locate("attribute info is missing").pointer()).isEqualTo("/info");
        assertThat(messages.locate("attribute paths.'/v1/{os}/apps'(get).summary is missing").pointer())
                .isEqualTo("/paths/~1v1~1{os}~1apps/get/summary");
    }

    @Test
    void anAttributeThatIsNotMissingIsNeverMadeUp() {
        assertThat(messages.locate("attribute paths.'/v1/{os}/apps'(get).bogus is unexpected").pointer())
                .isEqualTo("/paths/~1v1~1{os}~1apps/get");
    }

    @Test
    void aParameterNamedInBracketsIsFoundByName() {
        assertThat(messages.locate("attribute paths.'/v1/{os}/apps'(get).parameters.[app_ids].in is not of type"
                + " `[query|header|path|cookie]`").pointer()).isEqualTo("/paths/~1v1~1{os}~1apps/get/parameters/1/in");
    }

    @Test
    void aReferencedParameterIsFoundByTheNameOfItsComponent() {
        assertThat(messages.locate("attribute paths.'/v1/{os}/apps'(get).parameters.[os].description is missing")
                .pointer()).isEqualTo("/paths/~1v1~1{os}~1apps/get/parameters/0/description");
    }

    @Test
    void quotedKeysMayContainDots() {
        assertThat(messages.locate("attribute paths.'/v1/{os}/apps'(get).responses.200.content.'application/json'"
                + ".schema.foo is missing").pointer())
                .isEqualTo("/paths/~1v1~1{os}~1apps/get/responses/200/content/application~1json/schema/foo");
    }

    @Test
    void unquotedKeysWithDotsAreFoundByJoiningSegments() {
        assertThat(messages.locate("attribute components.schemas.com.example.Thing.type is not of type `string`")
                .pointer()).isEqualTo("/components/schemas/com.example.Thing/type");
    }

    @Test
    void aBrokenReferenceStopsThePointerAndIsReported() {
        ParserMessages.Located located = messages.locate("attribute paths.'/v1/{os}/apps'(get).parameters.[app_ids]"
                + ".schemas.#/components/schemas/Missing is missing");

        assertThat(located.pointer()).isEqualTo("/paths/~1v1~1{os}~1apps/get/parameters/1");
        assertThat(located.brokenRef()).contains("#/components/schemas/Missing");
    }

    @Test
    void aMissingSchemaUnderAComponentIsRecognised() {
        assertThat(messages.locate("attribute components.schemas.Owner.Gone is not of type `schema`").brokenRef())
                .contains("#/components/schemas/Gone");
        assertThat(messages.locate("Could not find /components/schemas/X in contents of #/components/schemas/X")
                .brokenRef()).contains("#/components/schemas/X");
    }

    @Test
    void aDuplicateFieldIsRecognised() {
        assertThat(messages.locate("Duplicate field get in `null`").duplicateKey()).contains("get");
    }

    @Test
    void aMessageThatStartsWithAPlaceIsPlacedThere() {
        assertThat(messages.locate("paths.'/v1/{os}/apps'(get).responses.200.content.'application/json'.schema.$ref"
                + " target #/components/responses/X is not of expected type Schema").pointer())
                .isEqualTo("/paths/~1v1~1{os}~1apps/get/responses/200/content/application~1json/schema");
        assertThat(messages.locate("unknown.thing is odd").pointer()).isEmpty();
    }

    @Test
    void otherMessagesAreAboutTheWholeDocument() {
        ParserMessages.Located located = messages.locate("  something went wrong\n");

        assertThat(located.pointer()).isEmpty();
        assertThat(located.message()).isEqualTo("something went wrong");
    }
}
