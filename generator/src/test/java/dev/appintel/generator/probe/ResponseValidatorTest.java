package dev.appintel.generator.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of finding, over a small spec written for them. */
class ResponseValidatorTest {

    private static final String SPEC = """
            components:
              schemas:
                App:
                  type: object
                  required: [app_id, name]
                  properties:
                    app_id: {type: integer, format: int64}
                    name: {type: string}
                    rank: {type: integer}
                    share: {type: number, nullable: true}
                    released: {type: string, format: date}
                    updated: {type: string, format: date-time}
                    os: {$ref: '#/components/schemas/Os'}
                    tags: {type: array, items: {type: string}}
                    extras: {type: object, additionalProperties: true}
                    counts: {type: object, additionalProperties: {type: integer}}
                    guess: {$ref: '#/components/schemas/Guess'}
                    id: {$ref: '#/components/schemas/AppId'}
                Os:
                  type: string
                  enum: [ios, android]
                Guess:
                  x-provisional: true
                  type: object
                  properties:
                    value: {type: string}
                AppId:
                  oneOf:
                    - {type: integer, format: int64}
                    - {type: string}
            """;

    private final SchemaTree tree = new SchemaTree(read(SPEC, new ObjectMapper(new YAMLFactory())));
    private final ResponseValidator validator = new ResponseValidator(tree);

    private List<BodyFinding> validate(String json) {
        return validator.validate(read(json, new ObjectMapper()), tree.at("/components/schemas/App"));
    }

    @Test
    void aValidAnswerHasNoFinding() {
        assertThat(validate("""
                {"app_id": 284882215, "name": "Facebook", "rank": 3, "share": null, "released": "2008-07-11",
                 "updated": "2026-02-04T00:00:00Z", "os": "ios", "tags": ["a"], "extras": {"any": [1]},
                 "counts": {"US": 4}, "guess": {"value": "x"}, "id": "com.facebook.katana"}
                """)).isEmpty();
    }

    @Test
    void aPropertyTheSpecDoesNotKnow() {
        assertThat(validate("{\"app_id\": 1, \"name\": \"a\", \"publisher\": \"Meta\"}"))
                .containsExactly(new BodyFinding(FindingKind.UNKNOWN_PROPERTY, "/publisher",
                        "property publisher (string \"Meta\") is not in the spec", "/components/schemas/App", false));
    }

    @Test
    void anUnknownPropertyNamedLikeAnAbsentOneIsHintedAtAsARename() {
        assertThat(validate("{\"app_id\": 1, \"name\": \"a\", \"release\": \"2008-07-11\"}"))
                .extracting(BodyFinding::message).containsExactly("property release (string \"2008-07-11\") is not in"
                        + " the spec; perhaps released renamed, which is absent");
    }

    @Test
    void aMissingRequiredProperty() {
        assertThat(validate("{\"app_id\": 1}")).containsExactly(new BodyFinding(FindingKind.MISSING_PROPERTY, "/name",
                "required property name is missing", "/components/schemas/App", false));
    }

    @Test
    void typeMismatchesNameWhatWasFound() {
        assertThat(validate("{\"app_id\": \"1\", \"name\": 2, \"rank\": 2.5, \"tags\": \"a\", \"share\": \"x\"}"))
                .extracting(BodyFinding::kind, BodyFinding::pointer, BodyFinding::message)
                .containsExactly(
                        tuple(FindingKind.TYPE_MISMATCH, "/app_id",
                                "string \"1\" where the spec says integer (int64)"),
                        tuple(FindingKind.TYPE_MISMATCH, "/name",
                                "integer 2 where the spec says string"),
                        tuple(FindingKind.TYPE_MISMATCH, "/rank",
                                "a fraction (2.5) where the spec says integer"),
                        tuple(FindingKind.TYPE_MISMATCH, "/tags",
                                "string \"a\" where the spec says array"),
                        tuple(FindingKind.TYPE_MISMATCH, "/share",
                                "string \"x\" where the spec says number"));
    }

    @Test
    void nullWhereTheSpecDoesNotAllowIt() {
        assertThat(validate("{\"app_id\": 1, \"name\": null}")).extracting(BodyFinding::kind, BodyFinding::message)
                .containsExactly(tuple(FindingKind.TYPE_MISMATCH,
                        "null, but the spec does not allow null here (string)"));
    }

    @Test
    void formatMismatchesOfDatesAndIntegers() {
        assertThat(validate("""
                {"app_id": 1, "name": "a", "released": "2008-07-11T00:00:00Z", "updated": "2026-02-04 00:00",
                 "rank": 3000000000, "counts": {"US": 1.5}}
                """)).extracting(BodyFinding::kind, BodyFinding::pointer).containsExactly(
                tuple(FindingKind.FORMAT_MISMATCH, "/released"),
                tuple(FindingKind.FORMAT_MISMATCH, "/updated"),
                tuple(FindingKind.FORMAT_MISMATCH, "/rank"),
                tuple(FindingKind.TYPE_MISMATCH, "/counts/US"));
    }

    @Test
    void anEnumValueTheSpecDoesNotList() {
        assertThat(validate("{\"app_id\": 1, \"name\": \"a\", \"os\": \"windows\"}"))
                .containsExactly(new BodyFinding(FindingKind.UNLISTED_ENUM_VALUE, "/os",
                        "string \"windows\" is not one of [\"ios\",\"android\"]", "/components/schemas/Os", false));
    }

    @Test
    void findingsInsideAProvisionalShapeAreMarked() {
        assertThat(validate("{\"app_id\": 1, \"name\": \"a\", \"guess\": {\"value\": 1, \"more\": true}}"))
                .extracting(BodyFinding::pointer, BodyFinding::provisional)
                .containsExactly(tuple("/guess/value", true),
                        tuple("/guess/more", true));
    }

    @Test
    void aOneOfReportsTheAlternativeThatFitsBest() {
        assertThat(validate("{\"app_id\": 1, \"name\": \"a\", \"id\": true}")).extracting(BodyFinding::message)
                .containsExactly("boolean true where the spec says integer (int64)");
    }

    @Test
    void pointersEscapeKeysAndIndexArrays() {
        assertThat(validate("{\"app_id\": 1, \"name\": \"a\", \"tags\": [\"x\", 2], \"a/b~c\": 1}"))
                .extracting(BodyFinding::pointer).containsExactly("/tags/1", "/a~1b~0c");
    }

    private static JsonNode read(String text, ObjectMapper mapper) {
        try {
            return mapper.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
