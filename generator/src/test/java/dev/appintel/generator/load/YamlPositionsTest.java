package dev.appintel.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.model.SourceLocation;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;

class YamlPositionsTest {

    private static final String DOCUMENT = """
            # a comment first
            openapi: 3.0.3
            paths:
              /v1/{os}/apps:
                get:
                  parameters:
                    - name: os
                      in: path
                    - $ref: "#/components/parameters/Country"
            components:
              schemas:
                "a~b":
                  type: string
            """;

    private final YamlPositions positions = YamlPositions.read(DOCUMENT);

    @Test
    void mappingEntriesArePlacedAtTheirKeyOneBased() {
        assertThat(positions.locate("/openapi")).isEqualTo(new SourceLocation("/openapi", 2, 1));
        assertThat(positions.locate("/paths/~1v1~1{os}~1apps/get"))
                .isEqualTo(new SourceLocation("/paths/~1v1~1{os}~1apps/get", 5, 5));
    }

    @Test
    void sequenceElementsArePlacedAtTheirFirstCharacter() {
        assertThat(positions.locate("/paths/~1v1~1{os}~1apps/get/parameters/1"))
                .isEqualTo(new SourceLocation("/paths/~1v1~1{os}~1apps/get/parameters/1", 9, 11));
        assertThat(positions.locate("/paths/~1v1~1{os}~1apps/get/parameters/0/in").line()).isEqualTo(8);
    }

    @Test
    void tildeAndSlashAreEscapedAsInRfc6901() {
        assertThat(positions.contains("/components/schemas/a~0b/type")).isTrue();
        assertThat(positions.locate("/components/schemas/a~0b").line()).isEqualTo(12);
    }

    @Test
    void aMissingNodeIsPlacedAtItsNearestExistingAncestorButKeepsItsPointer() {
        SourceLocation location = positions.locate("/paths/~1v1~1{os}~1apps/get/responses/200");

        assertThat(location).isEqualTo(new SourceLocation("/paths/~1v1~1{os}~1apps/get/responses/200", 5, 5));
        assertThat(positions.locate("/nothing/here")).isEqualTo(new SourceLocation("/nothing/here", 2, 1));
    }

    @Test
    void scalarsAreKeptAsWritten() {
        assertThat(positions.scalar("/openapi")).contains("3.0.3");
        assertThat(positions.scalar("/paths/~1v1~1{os}~1apps/get/parameters/1/$ref"))
                .contains("#/components/parameters/Country");
        assertThat(positions.scalar("/paths")).isEmpty();
    }

    @Test
    void jsonIsReadToo() {
        YamlPositions json = YamlPositions.read("{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\"/x\": {}}\n}\n");

        assertThat(json.locate("/paths/~1x")).isEqualTo(new SourceLocation("/paths/~1x", 3, 13));
    }

    @Test
    void repeatedKeysAreNotedAtTheRepetition() {
        YamlPositions repeated = YamlPositions.read("a: 1\nb:\n  c: 2\n  c: 3\n");

        assertThat(repeated.duplicateKeys()).extracting(problem -> problem.describe("f.yaml"))
                .containsExactly("f.yaml:4:3 (/b/c): duplicate key 'c'; the first one is at line 3");
        assertThat(repeated.scalar("/b/c")).contains("2");
    }

    @Test
    void anEmptyDocumentHasNoPositions() {
        assertThat(YamlPositions.read("").locate("/x")).isEqualTo(SourceLocation.of("/x"));
    }

    @Test
    void malformedYamlIsRefused() {
        assertThatThrownBy(() -> YamlPositions.read("a: [1, 2\n")).isInstanceOf(YAMLException.class);
    }
}
