package dev.appintel.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.generator.TestSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

    private static final String MINIMAL = """
            openapi: 3.0.3
            info:
              title: Tiny
              version: "1"
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    "200":
                      description: ok
            """;

    @TempDir
    Path dir;

    @Test
    void loadsAValidSpec() throws IOException {
        LoadedSpec spec = new SpecLoader().load(write("tiny.yaml", MINIMAL));

        assertThat(spec.fileName()).isEqualTo("tiny.yaml");
        assertThat(spec.asWritten().getInfo().getTitle()).isEqualTo("Tiny");
        assertThat(spec.asWritten().getPaths()).containsOnlyKeys("/things/{id}");
        assertThat(spec.positions().locate("/paths/~1things~1{id}/get/parameters/0").describe("tiny.yaml"))
                .isEqualTo("tiny.yaml:10:11 (/paths/~1things~1{id}/get/parameters/0)");
    }

    @Test
    void keepsTheTreeItParsed() {
        LoadedSpec spec = new SpecLoader().load("tiny.yaml", MINIMAL.getBytes(StandardCharsets.UTF_8));

        assertThat(spec.tree().at("/paths/~1things~1{id}/get/operationId").asText()).isEqualTo("getThing");
    }

    @Test
    void yamlThatOnlySwaggerParserReadsGivesSwaggerParsersTree() {
        String complexKey = MINIMAL + """
                x-note:
                  ? [a, b]
                  : c
                """;
        LoadedSpec spec = new SpecLoader().load("tiny.yaml", complexKey.getBytes(StandardCharsets.UTF_8));

        assertThat(spec.tree().at("/x-note").toString()).isEqualTo("{\"[a, b]\":\"c\"}");
        assertThat(spec.tree().at("/paths/~1things~1{id}/get/operationId").asText()).isEqualTo("getThing");
    }

    @Test
    void theHashIsTheSha256OfTheBytes() {
        LoadedSpec spec = new SpecLoader().load("tiny.yaml", MINIMAL.getBytes(StandardCharsets.UTF_8));

        assertThat(spec.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(new SpecLoader().load("other.yaml", (MINIMAL + "# changed\n").getBytes(StandardCharsets.UTF_8))
                .sha256()).isNotEqualTo(spec.sha256());
    }

    @Test
    void anUnreadableFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");

        assertThat(problemsOf(missing))
                .containsExactly("missing.yaml: cannot read " + missing.toAbsolutePath() + ": no such file");
    }

    @Test
    void aYamlSyntaxErrorIsLocatedBySnakeYamlsMark() throws IOException {
        Path spec = write("spec.yaml", """
                openapi: 3.0.3
                info:
                  title: t
                  version: "1"
                paths:
                  /x:
                    get:
                      operationId: "getX
                      summary: unterminated
                """);

        assertThat(problemsOf(spec)).containsExactly("spec.yaml:10:1 (/paths/~1x/get/operationId): YAML syntax error:"
                + " found unexpected end of stream (while scanning a quoted scalar that starts at line 8, column 20)");
    }

    @Test
    void aMissingInfoIsReportedAtTheRoot() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("info:\n  title: Tiny\n  version: \"1\"\n", ""));

        assertThat(problemsOf(spec)).containsExactly("spec.yaml:1:1 (/info): attribute info is missing");
    }

    @Test
    void aRefToAMissingSchemaIsReportedWhereItIsWritten() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("type: string", "$ref: \"#/components/schemas/ThingId\""));

        assertThat(problemsOf(spec)).containsExactly(
                "spec.yaml:14:13 (/paths/~1things~1{id}/get/parameters/0/schema/$ref):"
                        + " $ref '#/components/schemas/ThingId' points to nothing");
    }

    @Test
    void aRefToAMissingParameterIsReportedToo() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("""
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                """.indent(4), "        - $ref: \"#/components/parameters/ThingId\"\n"));

        assertThat(problemsOf(spec)).containsExactly(
                "spec.yaml:10:11 (/paths/~1things~1{id}/get/parameters/0/$ref):"
                        + " $ref '#/components/parameters/ThingId' points to nothing");
    }

    @Test
    void aRefIntoAnotherFileIsRefused() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("type: string", "$ref: \"common.yaml#/ThingId\""));

        assertThat(problemsOf(spec)).contains("spec.yaml:14:13 (/paths/~1things~1{id}/get/parameters/0/schema/$ref):"
                + " $ref 'common.yaml#/ThingId' points outside this file; only references within the spec (#/...)"
                + " are supported");
    }

    @Test
    void aRefToTheWrongKindOfObjectIsReportedByTheParserAtTheRef() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("""
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                """.indent(4), "        - $ref: \"#/components/schemas/Id\"\n")
                + "components:\n  schemas:\n    Id:\n      type: string\n");

        assertThat(problemsOf(spec)).containsExactly("spec.yaml:10:11 (/paths/~1things~1{id}/get/parameters/0/$ref):"
                + " paths.'/things/{id}'(get).parameters.$ref target #/components/schemas/Id is not of expected type"
                + " Parameter/Header");
    }

    @Test
    void anotherOpenApiVersionIsRefused() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("openapi: 3.0.3", "openapi: 3.1.0"));

        assertThat(problemsOf(spec))
                .containsExactly("spec.yaml:1:1 (/openapi): openapi is 3.1.0, but only OpenAPI 3.0.x is supported");
    }

    @Test
    void aSpecWithoutPathsIsRefused() throws IOException {
        Path spec = write("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\n");

        assertThat(problemsOf(spec)).containsExactly("spec.yaml:3:1 (/paths): the spec declares no paths");
    }

    @Test
    void aParserMessageAboutANamedParameterPointsAtThatParameter() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("in: path", "in: body"));

        assertThat(problemsOf(spec)).contains("spec.yaml:11:11 (/paths/~1things~1{id}/get/parameters/0/in):"
                + " attribute paths.'/things/{id}'(get).parameters.[id].in is not of type"
                + " `[query|header|path|cookie]`");
    }

    @Test
    void aRepeatedKeyIsReportedOnceAtTheRepetition() throws IOException {
        Path spec = write("spec.yaml", MINIMAL.replace("      operationId: getThing\n",
                "      operationId: getThing\n      operationId: getThat\n"));

        assertThat(problemsOf(spec)).containsExactly("spec.yaml:9:7 (/paths/~1things~1{id}/get/operationId):"
                + " duplicate key 'operationId'; the first one is at line 8");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "openapi: 3.0.3\ninfo: {title: caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1);

        SpecException problems = catchThrowableOfType(SpecException.class,
                () -> new SpecLoader().load("latin1.yaml", latin1));

        assertThat(problems.getMessage()).startsWith("1 problem in latin1.yaml:\n  latin1.yaml: not UTF-8 text");
    }

    @Test
    void everyProblemIsReportedTogetherInDocumentOrder() throws IOException {
        Path spec = write("spec.yaml", MINIMAL
                .replace("openapi: 3.0.3", "openapi: 3.1.0")
                .replace("type: string", "$ref: \"#/components/schemas/ThingId\"")
                .replace("description: ok", "descripton: ok"));

        SpecException problems = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));

        assertThat(problems.file()).isEqualTo("spec.yaml");
        assertThat(problems.getMessage()).isEqualTo("""
                4 problems in spec.yaml:
                  spec.yaml:1:1 (/openapi): openapi is 3.1.0, but only OpenAPI 3.0.x is supported
                  spec.yaml:14:13 (/paths/~1things~1{id}/get/parameters/0/schema/$ref): $ref \
                '#/components/schemas/ThingId' points to nothing
                  spec.yaml:16:9 (/paths/~1things~1{id}/get/responses/200/description): attribute \
                paths.'/things/{id}'(get).responses.200.description is missing
                  spec.yaml:17:11 (/paths/~1things~1{id}/get/responses/200/descripton): attribute \
                paths.'/things/{id}'(get).responses.200.descripton is unexpected""");
    }

    @Test
    void theFixtureSpecLoadsWithoutProblems() {
        LoadedSpec spec = TestSpecs.load(TestSpecs.text());

        assertThat(spec.asWritten().getPaths()).hasSize(spec.tree().path("paths").size());
        assertThat(spec.positions().locate("/components/schemas/App").line()).isPositive();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<String> problemsOf(Path spec) {
        SpecException thrown = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));
        assertThat(thrown).as("problems of " + spec.getFileName()).isNotNull();
        return thrown.problems().stream().map(problem -> problem.describe(thrown.file())).toList();
    }
}
