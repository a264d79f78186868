package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one parameter checker, over an operation written here rather than read from the API's
 * spec: every kind of limit, the rules across parameters, and the messages naming the parameter.
 */
class RequestBinderTest {

    private static final OperationSpec REPORT = new OperationSpec("getReport", "GET", PathTemplate.of("/v1/{os}/report"),
            "A report.", List.of(
                    Param.of("os", Param.Location.PATH, ScalarKind.STRING).asRequired().allowing("ios", "android"),
                    Param.of("ids", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.COMMA_JOINED)
                            .withExplodedAlias("ids[]").withLimits(Limits.NONE.withPattern("^[a-z.,]+$").withMaxItems(3)),
                    Param.of("publishers", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.COMMA_JOINED),
                    Param.of("start", Param.Location.QUERY, ScalarKind.DATE).asRequired().withEarliestDate("2015-01-01"),
                    Param.of("end", Param.Location.QUERY, ScalarKind.DATE).asRequired().alignedTo(Param.Alignment.MONTH_END),
                    Param.of("limit", Param.Location.QUERY, ScalarKind.INT32)
                            .withLimits(Limits.NONE.withMinimum("1").withMaximum("100")).withDefault("25"),
                    Param.of("name", Param.Location.QUERY, ScalarKind.STRING)
                            .withLimits(Limits.NONE.withMinLength(2).withMaxLength(4)),
                    Param.of("flag", Param.Location.QUERY, ScalarKind.BOOLEAN),
                    Param.of("X-Trace", Param.Location.HEADER, ScalarKind.INT64)),
            Rules.NONE.withDateRange("start", "end").requiringOneOf("ids", "publishers"), List.of());

    @Test
    void aValidRequestIsBoundToTypedValuesWithDefaults() {
        RequestBinder.Binding binding = bind("ids=a.b%2Cc,d.e&start=2021-01-01&end=2021-01-31&flag=true",
                Map.of("x-trace", List.of("42")));

        assertThat(binding.problems()).isEmpty();
        BoundRequest request = binding.request();
        assertThat(request.texts("ids")).containsExactly("a.b,c", "d.e");
        assertThat(request.date("start")).contains(LocalDate.of(2021, 1, 1));
        assertThat(request.integer("limit")).contains(25L);
        assertThat(request.given("limit")).isFalse();
        assertThat(request.flag("flag")).isTrue();
        assertThat(request.integer("X-Trace")).contains(42L);
    }

    @Test
    void everyParameterAtFaultGetsOneProblemNamingIt() {
        RequestBinder.Binding binding = bind("ids=a,B&start=2014-12-31&end=2021-01-30&limit=101&name=x&flag=yes",
                Map.of());

        assertThat(binding.problems()).containsExactly(
                "Invalid parameter: ids must match ^[a-z.,]+$ (got 'B')",
                "Invalid parameter: start must be 2015-01-01 or later (got '2014-12-31')",
                "Invalid parameter: end must be the last day of a month (got '2021-01-30')",
                "Invalid parameter: limit must be at most 100 (got '101')",
                "Invalid parameter: name must be at least 2 characters long (got 'x')",
                "Invalid parameter: flag must be true or false (got 'yes')");
    }

    @Test
    void missingRequiredParametersAndTheRulesAcrossParametersAreNamed() {
        assertThat(bind("start=2021-02-01&end=2021-01-31", Map.of()).problems()).containsExactly(
                "Required parameter: one of ids, publishers must be given",
                "Invalid parameters: start (2021-02-01) must not be after end (2021-01-31)");
        assertThat(bind("ids=a", Map.of()).problems()).containsExactly(
                "Required parameter: start is missing", "Required parameter: end is missing");
    }

    @Test
    void listsAreCountedAndEmptyItemsRefused() {
        assertThat(bind("ids=a,b,c,d&start=2021-01-01&end=2021-01-31", Map.of()).problems())
                .containsExactly("Invalid parameter: ids takes at most 3 values (got 4)");
        assertThat(bind("ids=a,,b&start=2021-01-01&end=2021-01-31", Map.of()).problems())
                .containsExactly("Invalid parameter: ids must not have empty items (got 'a,,b')");
    }

    @Test
    void anExplodedAliasStandsForItsCommaJoinedList() {
        RequestBinder.Binding binding = bind("ids[]=a,b&ids[]=c&start=2021-01-01&end=2021-01-31", Map.of());

        assertThat(binding.problems()).isEmpty();
        assertThat(binding.request().texts("ids")).containsExactly("a,b", "c");
    }

    @Test
    void thePathVariableIsCheckedLikeAnyParameter() {
        RequestBinder.Binding binding = RequestBinder.bind(REPORT, Map.of("os", "windows"),
                query("ids=a&start=2021-01-01&end=2021-01-31"), Map.of());

        assertThat(binding.problems()).containsExactly("Invalid parameter: os must be one of ios, android (got 'windows')");
    }

    private static RequestBinder.Binding bind(String query, Map<String, List<String>> headers) {
        return RequestBinder.bind(REPORT, Map.of("os", "ios"), query(query), headers);
    }

    private static QueryString query(String raw) {
        try {
            return QueryString.parse(raw, 100);
        } catch (QueryString.MalformedQueryException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPathTemplateMatchesOneSegmentPerVariableAndLiteralsExactly() {
        PathTemplate template = REPORT.path();

        assertThat(template.match("/v1/ios/report")).contains(Map.of("os", "ios"));
        assertThat(template.match("/v1/ios/report/extra")).isEqualTo(Optional.empty());
        assertThat(template.match("/v1//report")).isEmpty();
        assertThat(template.literalSegments()).isEqualTo(2);
    }
}
