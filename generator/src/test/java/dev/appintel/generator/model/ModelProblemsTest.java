package dev.appintel.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model builder refuses, and the exact located message for each. */
class ModelProblemsTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Things
              version: "1"
            paths:
              /v1/things:
                get:
                  operationId: getThings
                  x-appintel-batching:
                    parameter: ids
                    maxPerCall: 10
                    concat: [/things]
                  x-appintel-date-segmentation:
                    start: start_date
                    end: end_date
                    granularity: granularity
                    maxSpan: {daily: P7D, monthly: P1Y}
                    concat: [""]
                  x-appintel-pagination:
                    page: page
                    limit: limit
                    firstPage: 1
                    total: /count
                    items: /things
                  parameters:
                    - name: ids
                      in: query
                      required: true
                      style: form
                      explode: false
                      schema:
                        type: array
                        maxItems: 10
                        items:
                          type: string
                    - name: start_date
                      in: query
                      schema: {type: string, format: date}
                    - name: end_date
                      in: query
                      schema: {type: string, format: date}
                    - name: granularity
                      in: query
                      schema:
                        type: string
                        enum: [daily, monthly]
                    - name: page
                      in: query
                      schema: {type: integer}
                    - name: limit
                      in: query
                      schema: {type: integer, enum: [10, 50]}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Things"
            components:
              schemas:
                Things:
                  type: object
                  properties:
                    count:
                      type: integer
                    things:
                      type: array
                      items:
                        type: string
            """;

    private static final String OPERATION = "/paths/~1v1~1things/get";

    @TempDir
    Path dir;

    @Test
    void theFixtureItselfIsFine() throws IOException {
        ApiModel model = build(SPEC);

        OperationRules rules = model.operations().get(0).rules();
        assertThat(rules.batching()).isPresent();
        assertThat(rules.segmentation()).isPresent();
        assertThat(rules.pagination()).isPresent();
    }

    @Test
    void aRuleThatNamesAParameterTheOperationDoesNotHave() throws IOException {
        assertThat(problemsOf(SPEC.replace("parameter: ids", "parameter: idz"))).containsExactly(
                "spec.yaml:10:9 (" + OPERATION + "/x-appintel-batching/parameter): getThings: x-appintel-batching"
                        + ".parameter names 'idz', which getThings does not have; its parameters are ids, start_date,"
                        + " end_date, granularity, page, limit");
    }

    @Test
    void aBatchThatIsLargerThanTheListAllows() throws IOException {
        assertThat(problemsOf(SPEC.replace("maxPerCall: 10", "maxPerCall: 20"))).containsExactly(
                "spec.yaml:11:9 (" + OPERATION + "/x-appintel-batching/maxPerCall): getThings: x-appintel-batching"
                        + ".maxPerCall is 20, more than the 10 values 'ids' accepts (maxItems)");
    }

    @Test
    void aBatchedParameterThatIsNotAList() throws IOException {
        assertThat(problemsOf(SPEC.replace("parameter: ids", "parameter: page"))).containsExactly(
                "spec.yaml:10:9 (" + OPERATION + "/x-appintel-batching/parameter): getThings: x-appintel-batching"
                        + ".parameter names 'page', which is not a list");
    }

    @Test
    void segmentSpansMustBeKeyedByGranularityValuesAndBePeriods() throws IOException {
        assertThat(problemsOf(SPEC.replace("{daily: P7D, monthly: P1Y}", "{daily: PT1H, weekly: P1M}")))
                .containsExactly(
                        "spec.yaml:17:9 (" + OPERATION + "/x-appintel-date-segmentation/maxSpan): getThings:"
                                + " x-appintel-date-segmentation.maxSpan has no span for monthly",
                        "spec.yaml:17:19 (" + OPERATION + "/x-appintel-date-segmentation/maxSpan/daily): getThings:"
                                + " x-appintel-date-segmentation.maxSpan.daily is 'PT1H', which is not a positive"
                                + " ISO-8601 period such as P7D, P3M or P1Y",
                        "spec.yaml:17:32 (" + OPERATION + "/x-appintel-date-segmentation/maxSpan/weekly): getThings:"
                                + " x-appintel-date-segmentation.maxSpan has 'weekly', which is not a value of"
                                + " 'granularity' (daily, monthly)");
    }

    @Test
    void pagesMustBeCountedByIntegerParameters() throws IOException {
        assertThat(problemsOf(SPEC.replace("page: page", "page: granularity"))).containsExactly(
                "spec.yaml:20:9 (" + OPERATION + "/x-appintel-pagination/page): getThings: x-appintel-pagination.page"
                        + " names 'granularity', which is not an integer");
    }

    @Test
    void aMisspeltRuleKey() throws IOException {
        assertThat(problemsOf(SPEC.replace("firstPage: 1", "fristPage: 1"))).containsExactly(
                "spec.yaml:19:7 (" + OPERATION + "/x-appintel-pagination): getThings: x-appintel-pagination.firstPage"
                        + " is missing",
                "spec.yaml:22:9 (" + OPERATION + "/x-appintel-pagination/fristPage): getThings: x-appintel-pagination"
                        + " has no key 'fristPage'; its keys are page, limit, firstPage, total, items");
    }

    @Test
    void anUnknownExtensionIsATypo() throws IOException {
        assertThat(problemsOf(SPEC.replace("x-appintel-date-segmentation:", "x-appintel-date-segmentaton:")))
                .containsExactly("spec.yaml:13:7 (" + OPERATION + "/x-appintel-date-segmentaton): unknown extension"
                        + " x-appintel-date-segmentaton; known on an operation: x-appintel-batching,"
                        + " x-appintel-date-range, x-appintel-date-segmentation, x-appintel-pagination,"
                        + " x-appintel-requires-one-of");
    }

    @Test
    void aKnownExtensionInTheWrongPlace() throws IOException {
        assertThat(problemsOf(SPEC.replace("        - name: page\n", "        - name: page\n"
                + "          x-appintel-unit: seconds\n"))).containsExactly(
                "spec.yaml:48:11 (" + OPERATION + "/parameters/4/x-appintel-unit): x-appintel-unit belongs on a"
                        + " schema, not a parameter");
    }

    @Test
    void extensionsOutsideOperationsParametersAndSchemas() throws IOException {
        assertThat(problemsOf(SPEC.replace("paths:\n", "x-appintel-unit: cents\nx-appintel-paging: {}\npaths:\n")))
                .containsExactly(
                        "spec.yaml:5:1 (/x-appintel-unit): x-appintel-unit belongs on a schema, not here",
                        "spec.yaml:6:1 (/x-appintel-paging): unknown extension x-appintel-paging; x-appintel-*"
                                + " extensions are read on operations, parameters and schemas only");
    }

    @Test
    void anObjectCannotBeSentInTheQuery() throws IOException {
        assertThat(problemsOf(SPEC.replace("schema: {type: integer}\n",
                "schema: {type: object, properties: {n: {type: integer}}}\n"))).containsExactly(
                "spec.yaml:20:9 (" + OPERATION + "/x-appintel-pagination/page): getThings: x-appintel-pagination.page"
                        + " names 'page', which is not an integer",
                "spec.yaml:49:11 (" + OPERATION + "/parameters/4/schema): parameter 'page' cannot be sent: its schema"
                        + " is an object (ThingsPage); only scalars, enums, scalar unions and lists of them can");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        List<String> problems = problemsOf(SPEC.replace("parameter: ids", "parameter: idz")
                .replace("maxSpan: {daily: P7D, monthly: P1Y}", "maxSpan: {daily: P7D, monthly: P1Q}")
                .replace("total: /count", "total: count")
                .replace("      operationId: getThings\n", "      operationId: getThings\n      x-appintel-foo: 1\n"));

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("spec.yaml:9:7 (" + OPERATION + "/x-appintel-foo): unknown extension");
        assertThat(problems.get(1)).contains("x-appintel-batching.parameter names 'idz'");
        assertThat(problems.get(2)).contains("maxSpan.monthly is 'P1Q'");
        assertThat(problems.get(3)).contains("x-appintel-pagination.total is 'count', which is not a JSON Pointer");
    }

    private ApiModel build(String spec) throws IOException {
        return new ModelBuilder().build(new SpecLoader().load(Files.writeString(dir.resolve("spec.yaml"), spec)));
    }

    private List<String> problemsOf(String spec) throws IOException {
        Path file = Files.writeString(dir.resolve("spec.yaml"), spec);
        SpecException thrown = catchThrowableOfType(SpecException.class,
                () -> new ModelBuilder().build(new SpecLoader().load(file)));
        assertThat(thrown).as("problems").isNotNull();
        return thrown.problems().stream().map(problem -> problem.describe(thrown.file())).toList();
    }
}
