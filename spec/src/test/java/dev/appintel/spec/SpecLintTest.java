package dev.appintel.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.lint.LintProblem;
import dev.appintel.spec.lint.SpecLint;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs each {@link SpecLint} rule on the spec, and on a small faulty document to prove that the
 * rule reports what it should, with its name and the JSON Pointer of the place at fault.
 */
class SpecLintTest {

    private static final String APPS = "/paths/~1v1~1{os}~1apps/get";
    private static final String OTHER = "/paths/~1v1~1other/get";

    /** A document that breaks every rule. */
    private static final JsonNode FAULTY = SpecFixture.readYaml("""
            openapi: 3.0.3
            servers: [{url: "https://a.example"}, {url: "https://b.example"}]
            security: [{key: []}]
            tags: [{name: known}]
            paths:
              /v1/{os}/apps:
                get:
                  operationId: dup
                  tags: [unknown]
                  summary: Has <b>bold</b> text.
                  responses:
                    "200":
                      description: OK.
                      content:
                        application/json:
                          schema: {type: object, required: [id]}
                          example: {description: "<p>Store text may hold markup.</p>"}
              /v1/other:
                get:
                  operationId: dup
                  description: Fine.
                  parameters:
                    - {name: country, in: query, schema: {type: string, pattern: "^[A-Z]{2}$", default: usa}}
                    - name: ids
                      in: query
                      explode: false
                      example: [a, "b,c", d]
                      schema: {type: array, maxItems: 2, items: {type: string}}
                    - {name: since, in: query, x-appintel-date-alignment: month-start, example: "2021-01-02",
                       schema: {type: string, format: date}}
                  responses:
                    "200": {$ref: "#/components/responses/Ok"}
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: X-Key}
                unused: {type: http, scheme: basic}
              responses:
                Ok:
                  description: <p>OK.</p>
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Missing"}
              schemas:
                Orphan: {type: string}
                SelfOnly:
                  type: array
                  items: {$ref: "#/components/schemas/SelfOnly"}
            """);

    private final JsonNode spec = SpecFixture.get().rawTree();

    @Test
    void operationIdsArePresentAndUnique() {
        assertHolds(SpecLint::operationIds);
    }

    @Test
    void operationIdsRuleReportsDuplicates() {
        assertThat(found("operationIds", SpecLint.operationIds(FAULTY)))
                .containsExactly(OTHER + ": operationId 'dup' is also used at " + APPS);
    }

    @Test
    void operationsHaveDeclaredTags() {
        assertHolds(SpecLint::tags);
    }

    @Test
    void tagsRuleReportsUndeclaredAndMissingTags() {
        assertThat(found("tags", SpecLint.tags(FAULTY))).containsExactly(
                APPS + "/tags/0: tag 'unknown' is not declared in /tags",
                OTHER + ": no tag");
    }

    @Test
    void operationsHaveSummaryAndDescription() {
        assertHolds(SpecLint::summaryAndDescription);
    }

    @Test
    void summaryAndDescriptionRuleReportsGaps() {
        assertThat(found("summaryAndDescription", SpecLint.summaryAndDescription(FAULTY)))
                .containsExactly(APPS + ": no description", OTHER + ": no summary");
    }

    @Test
    void operationsDeclareTheRequiredResponses() {
        assertHolds(SpecLint::requiredResponses);
    }

    @Test
    void requiredResponsesRuleReportsMissingStatuses() {
        assertThat(found("requiredResponses", SpecLint.requiredResponses(FAULTY))).contains(
                APPS + "/responses: no '401' response",
                APPS + "/responses: no '403' response",
                OTHER + "/responses: no '422' response");
    }

    @Test
    void successResponsesReferenceNamedSchemas() {
        assertHolds(SpecLint::successSchemas);
    }

    @Test
    void successSchemasRuleReportsInlineAndDanglingSchemas() {
        assertThat(found("successSchemas", SpecLint.successSchemas(FAULTY))).containsExactly(
                APPS + "/responses/200/content/application~1json/schema: not a $ref to a schema in /components/schemas",
                "/components/responses/Ok/content/application~1json/schema: "
                        + "$ref '#/components/schemas/Missing' does not exist");
    }

    @Test
    void everyComponentIsUsed() {
        assertHolds(SpecLint::unusedComponents);
    }

    @Test
    void unusedComponentsRuleReportsOrphans() {
        assertThat(found("unusedComponents", SpecLint.unusedComponents(FAULTY))).containsExactlyInAnyOrder(
                "/components/securitySchemes/unused: never referenced",
                "/components/schemas/Orphan: never referenced",
                "/components/schemas/SelfOnly: never referenced");
    }

    @Test
    void descriptionsAndSummariesHoldNoHtml() {
        assertHolds(SpecLint::htmlInText);
    }

    @Test
    void htmlRuleReportsTagsButNotExampleData() {
        assertThat(found("htmlInText", SpecLint.htmlInText(FAULTY))).containsExactlyInAnyOrder(
                APPS + "/summary: HTML tag <b>",
                "/components/responses/Ok/description: HTML tag <p>");
    }

    @Test
    void globalSecurityUsesTheAuthTokenQueryKey() {
        assertHolds(SpecLint::globalSecurity);
    }

    @Test
    void globalSecurityRuleReportsOtherSchemes() {
        assertThat(found("globalSecurity", SpecLint.globalSecurity(FAULTY)))
                .containsExactly("/security: no requirement uses an apiKey scheme named 'auth_token' in query");
        assertThat(found("globalSecurity", SpecLint.globalSecurity(SpecFixture.readYaml("openapi: 3.0.3"))))
                .containsExactly("/security: no global security requirement");
    }

    @Test
    void thereIsExactlyOneServer() {
        assertHolds(SpecLint::singleServer);
    }

    @Test
    void singleServerRuleReportsTwoServers() {
        assertThat(found("singleServer", SpecLint.singleServer(FAULTY)))
                .containsExactly("/servers: 2 servers, expected exactly one");
    }

    @Test
    void examplesMatchTheirSchemas() {
        assertHolds(SpecLint::examples);
    }

    @Test
    void examplesRuleReportsAnExampleThatBreaksItsSchema() {
        assertThat(found("examples", SpecLint.examples(FAULTY))).containsExactly(
                APPS + "/responses/200/content/application~1json/example: required property 'id' not found");
    }

    @Test
    void parameterDefaultsAndExamplesPassTheRuntimesChecks() {
        assertHolds(SpecLint::parameterValues);
    }

    @Test
    void parameterValuesRuleReportsWhatTheClientAndTheMockWouldRefuse() {
        assertThat(found("parameterValues", SpecLint.parameterValues(FAULTY))).containsExactly(
                OTHER + "/parameters/0/schema/default: Invalid parameter: country must match ^[A-Z]{2}$ (got 'usa')",
                OTHER + "/parameters/1/example: Invalid parameter: ids takes at most 2 values (got 3)",
                OTHER + "/parameters/2/example: Invalid parameter: since must be the first day of a month "
                        + "(got '2021-01-02')");
    }

    @Test
    void aProblemOfTheWholeDocumentSaysSo() {
        assertThat(new LintProblem("singleServer", "", "no servers").describe())
                .isEqualTo("(document): [singleServer] no servers");
    }

    @Test
    void theSpecPassesEveryRule() {
        assertThat(SpecLint.all(spec)).extracting(LintProblem::describe)
                .as("lint problems in %s", SpecFixture.get().location()).isEmpty();
    }

    @Test
    void allRunsEveryRuleAndSortsByPointerThenRule() {
        List<LintProblem> problems = SpecLint.all(FAULTY);

        assertThat(problems).extracting(LintProblem::rule).as("the rules that fired")
                .containsOnlyElementsOf(SpecLint.RULES).containsAll(SpecLint.RULES);
        assertThat(problems).extracting(LintProblem::describe).containsExactly(
                "/components/responses/Ok/content/application~1json/schema: [successSchemas] "
                        + "$ref '#/components/schemas/Missing' does not exist",
                "/components/responses/Ok/description: [htmlInText] HTML tag <p>",
                "/components/schemas/Orphan: [unusedComponents] never referenced",
                "/components/schemas/SelfOnly: [unusedComponents] never referenced",
                "/components/securitySchemes/unused: [unusedComponents] never referenced",
                OTHER + ": [operationIds] operationId 'dup' is also used at " + APPS,
                OTHER + ": [tags] no tag",
                OTHER + ": [summaryAndDescription] no summary",
                OTHER + "/parameters/0/schema/default: [parameterValues] Invalid parameter: country must match "
                        + "^[A-Z]{2}$ (got 'usa')",
                OTHER + "/parameters/1/example: [parameterValues] Invalid parameter: ids takes at most 2 values (got 3)",
                OTHER + "/parameters/2/example: [parameterValues] Invalid parameter: since must be the first day of "
                        + "a month (got '2021-01-02')",
                OTHER + "/responses: [requiredResponses] no '401' response",
                OTHER + "/responses: [requiredResponses] no '403' response",
                OTHER + "/responses: [requiredResponses] no '422' response",
                APPS + ": [summaryAndDescription] no description",
                APPS + "/responses: [requiredResponses] no '401' response",
                APPS + "/responses: [requiredResponses] no '403' response",
                APPS + "/responses: [requiredResponses] no '422' response",
                APPS + "/responses/200/content/application~1json/example: [examples] "
                        + "required property 'id' not found",
                APPS + "/responses/200/content/application~1json/schema: [successSchemas] "
                        + "not a $ref to a schema in /components/schemas",
                APPS + "/summary: [htmlInText] HTML tag <b>",
                APPS + "/tags/0: [tags] tag 'unknown' is not declared in /tags",
                "/security: [globalSecurity] no requirement uses an apiKey scheme named 'auth_token' in query",
                "/servers: [singleServer] 2 servers, expected exactly one");
    }

    private void assertHolds(Function<JsonNode, List<LintProblem>> rule) {
        assertThat(rule.apply(spec)).as("lint problems in %s", SpecFixture.get().location()).isEmpty();
    }

    /** The problems as {@code pointer: message}, once it is checked that {@code rule} found them all. */
    private static List<String> found(String rule, List<LintProblem> problems) {
        assertThat(problems).extracting(LintProblem::rule).containsOnly(rule);
        return problems.stream().map(problem -> problem.pointer() + ": " + problem.message()).toList();
    }
}
