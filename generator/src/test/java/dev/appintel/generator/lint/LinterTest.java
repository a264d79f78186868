package dev.appintel.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.TestSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    /** Loads cleanly, but breaks four rules; line numbers matter below. */
    private static final String FAULTY = """
            openapi: 3.0.3
            info:
              title: Tiny
              version: "1"
            servers:
              - url: https://api.example.com
            security:
              - token: []
            tags:
              - name: things
            paths:
              /things:
                get:
                  operationId: getThings
                  tags: [things]
                  summary: Lists things.
                  responses:
                    "200":
                      description: OK.
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Things"
                          example:
                            things: [lamp, 7]
                    "401":
                      description: No token.
                    "403":
                      description: Not allowed.
            components:
              securitySchemes:
                token:
                  type: apiKey
                  in: query
                  name: auth_token
              schemas:
                Things:
                  type: object
                  properties:
                    things:
                      type: array
                      items: {type: string}
                Unused:
                  type: string
            """;

    @TempDir
    Path dir;

    private final Linter linter = new Linter();

    @Test
    void placesEachProblemAtItsLineAndColumn() throws IOException {
        List<LocatedProblem> problems = linter.lint(write("api.yaml", FAULTY));

        assertThat(problems).extracting(LocatedProblem::describe).containsExactly(
                "api.yaml:13:5 (/paths/~1things/get): [summaryAndDescription] no description",
                "api.yaml:17:7 (/paths/~1things/get/responses): [requiredResponses] no '422' response",
                "api.yaml:25:32 (/paths/~1things/get/responses/200/content/application~1json/example/things/1):"
                        + " [examples] integer found, string expected",
                "api.yaml:43:5 (/components/schemas/Unused): [unusedComponents] never referenced");
    }

    @Test
    void aSpecTheLoaderRefusesGivesItsLoadProblems() throws IOException {
        Path spec = write("api.yaml", FAULTY.replace("""
                      summary: Lists things.
                """, """
                      summary: Lists things.
                      tags: [again]
                """));

        assertThat(linter.lint(spec)).extracting(LocatedProblem::describe).containsExactly(
                "api.yaml:17:7 (/paths/~1things/get/tags): [load] duplicate key 'tags'; the first one is at line 15");
    }

    @Test
    void anUnreadableFileIsALoadProblem() {
        Path missing = dir.resolve("missing.yaml");

        assertThat(linter.lint(missing)).extracting(LocatedProblem::describe)
                .containsExactly("missing.yaml: [load] cannot read " + missing.toAbsolutePath() + ": no such file");
    }

    @Test
    void theRealSpecHasNoProblems() throws IOException {
        assertThat(linter.lint(write(TestSpecs.FILE_NAME, TestSpecs.text()))).extracting(LocatedProblem::describe)
                .isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
