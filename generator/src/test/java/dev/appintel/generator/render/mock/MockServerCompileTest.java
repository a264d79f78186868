package dev.appintel.generator.render.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.render.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real spec's generated route table, shapes and binder compile without a warning against the
 * JDK alone, and bind and check requests as the spec says. A small probe class compiled with them
 * calls the generated code.
 */
class MockServerCompileTest {

    private static final String PROBE = """
            package probe;

            import dev.appintel.mock.api.ApiRoutes;
            import dev.appintel.mock.api.ApiShapes;
            import dev.appintel.runtime.RequestBinder;
            import dev.appintel.runtime.OperationSpec;
            import dev.appintel.runtime.QueryString;
            import dev.appintel.runtime.Shape;
            import java.util.List;
            import java.util.Map;

            public final class Probe {

                private Probe() {
                }

                public static Object bind(String operationId, String os, String query) {
                    OperationSpec route = ApiRoutes.all().stream().filter(r -> r.operationId().equals(operationId))
                            .findFirst().orElseThrow();
                    Map<String, String> path = os.isEmpty() ? Map.of() : Map.of("os", os);
                    QueryString parameters;
                    try {
                        parameters = QueryString.parse(query, 1_000);
                    } catch (QueryString.MalformedQueryException e) {
                        return e.getMessage();
                    }
                    RequestBinder.Binding binding = RequestBinder.bind(route, path, parameters, Map.of());
                    return binding.valid() ? binding.request().values().toString() : binding.problems();
                }

                public static Object unresolvedRefs() {
                    List<String> unresolved = new java.util.ArrayList<>();
                    ApiShapes.all().values().forEach(shape -> refs(shape, unresolved));
                    ApiRoutes.all().forEach(route -> route.replies().forEach(reply -> reply.body()
                            .ifPresent(body -> refs(body, unresolved))));
                    return unresolved;
                }

                public static Object match(String path) {
                    return ApiRoutes.all().stream().map(route -> route.path().match(path).map(Object::toString)
                            .orElse("-")).toList().toString();
                }

                private static void refs(Shape shape, List<String> unresolved) {
                    if (shape instanceof Shape.Ref ref && !ApiShapes.all().containsKey(ref.schemaName())) {
                        unresolved.add(ref.schemaName());
                    } else if (shape instanceof Shape.ListOf list) {
                        refs(list.element(), unresolved);
                    } else if (shape instanceof Shape.MapOf map) {
                        refs(map.value(), unresolved);
                    } else if (shape instanceof Shape.ObjectShape object) {
                        object.fields().forEach(field -> refs(field.shape(), unresolved));
                        object.extra().ifPresent(extra -> refs(extra, unresolved));
                    } else if (shape instanceof Shape.ObjectUnion union) {
                        union.alternatives().forEach(name -> refs(new Shape.Ref(name), unresolved));
                    }
                }
            }
            """;

    private static MockSources.Compilation compilation;

    @BeforeAll
    static void compile() {
        List<GeneratedFile> files = new ArrayList<>(MockServerTargetTest.render(Optional.empty()));
        files.add(new GeneratedFile("probe/Probe.java", PROBE));
        compilation = MockSources.compile("mock-server", files);
    }

    @Test
    void compilesWithoutAnyWarningUnderXlintAll() {
        assertThat(compilation.diagnostics()).isEmpty();
    }

    @Test
    void everyReferenceNamesAGeneratedShape() {
        assertThat(compilation.call("probe.Probe", "unresolvedRefs")).isEqualTo(List.of());
    }

    @Test
    void aValidRequestIsBoundToTypedValuesWithDefaultsFilledIn() {
        assertThat(bind("getApps", "ios", "app_ids=1,2")).isEqualTo(
                "{os=ios, app_ids=[1, 2], country=US, include_sdk_data=false}");
        assertThat(bind("getCreatives", "ios", "app_ids=1&start_date=2024-03-01&countries=US&networks=Admob"
                + "&ad_types=video&limit=50")).isEqualTo("{os=ios, app_ids=[1], start_date=2024-03-01, countries=[US], "
                + "networks=[Admob], ad_types=[video], limit=50, page=1, display_breakdown=false, new_creative=false}");
    }

    @Test
    void everyMissingRequiredParameterIsNamed() {
        assertThat(bind("getApps", "ios", "")).isEqualTo(List.of("Required parameter: app_ids is missing"));
        assertThat(bind("getChurnAnalysis", "android", "country=US")).isEqualTo(List.of(
                "Required parameter: selection_cohort_ids is missing", "Required parameter: granularity is missing",
                "Required parameter: start_date is missing", "Required parameter: end_date is missing"));
    }

    @Test
    void everyInvalidParameterIsNamedWithWhatIsWrong() {
        assertThat(bind("getApps", "windows", "app_ids=1&country=usa&include_sdk_data=yes")).isEqualTo(List.of(
                "Invalid parameter: os must be one of ios, android (got 'windows')",
                "Invalid parameter: country must match ^[A-Z]{2}$ (got 'usa')",
                "Invalid parameter: include_sdk_data must be true or false (got 'yes')"));
        assertThat(bind("getCreatives", "ios", "app_ids=1&start_date=2024-02-30&countries=US&networks=Admob"
                + "&ad_types=video&limit=20&page=0")).isEqualTo(List.of(
                "Invalid parameter: start_date must be a date as YYYY-MM-DD (got '2024-02-30')",
                "Invalid parameter: limit must be one of 10, 50, 100 (got '20')",
                "Invalid parameter: page must be at least 1 (got '0')"));
    }

    @Test
    void listsAreCountedAndEachValueChecked() {
        assertThat(bind("getNetworkAnalysis", "ios", "app_ids=1,2,3,4,5,6&start_date=2023-01-01&end_date=2023-02-01"
                + "&period=week&networks=Admob,Nope")).isEqualTo(List.of(
                "Invalid parameter: app_ids takes at most 5 values (got 6)",
                "Invalid parameter: networks must be one of " + String.join(", ", List.of("Adcolony", "Admob", "Applovin",
                        "BidMachine", "Chartboost", "Digital Turbine", "Facebook", "InMobi", "Instagram", "Line",
                        "Meta Audience Network", "Mintegral", "Moloco", "Mopub", "Pangle", "Pinterest", "Smaato",
                        "Snapchat", "Supersonic", "Tapjoy", "TikTok", "Twitter", "Unity", "Verve", "Vungle",
                        "Youtube")) + " (got 'Nope')"));
    }

    @Test
    void theOperationsRulesAreChecked() {
        assertThat(bind("getSalesReportEstimates", "ios", "date_granularity=daily&start_date=2021-02-01"
                + "&end_date=2021-01-01")).isEqualTo(List.of(
                "Required parameter: one of app_ids, publisher_ids must be given",
                "Invalid parameters: start_date (2021-02-01) must not be after end_date (2021-01-01)"));
        assertThat(bind("getAppOverlap", "", "app_id=x&countries[]=US&countries[]=GB&start_date=2023-01-02"
                + "&end_date=2023-01-30")).isEqualTo(List.of(
                "Invalid parameter: countries[] takes at most 1 values (got 2)",
                "Invalid parameter: start_date must be the first day of a month (got '2023-01-02')",
                "Invalid parameter: end_date must be the last day of a month (got '2023-01-30')"));
        assertThat(bind("getCohortRetention", "android", "selection_cohort_ids=c&granularity=weekly"
                + "&start_date=2020-01-01&end_date=2020-06-01")).isEqualTo(List.of(
                "Invalid parameter: start_date must be 2020-03-30 or later (got '2020-01-01')"));
    }

    @Test
    void aListWithAnEmptyItemIsRefusedButAnEmptyValueIsAbsent() {
        assertThat(bind("getApps", "ios", "app_ids=,,,")).isEqualTo(List.of(
                "Invalid parameter: app_ids must not have empty items (got ',,,')"));
        assertThat(bind("getApps", "ios", "app_ids=1,,2")).isEqualTo(List.of(
                "Invalid parameter: app_ids must not have empty items (got '1,,2')"));
        assertThat(bind("getApps", "ios", "app_ids=1,")).isEqualTo(List.of(
                "Invalid parameter: app_ids must not have empty items (got '1,')"));
        assertThat(bind("getApps", "ios", "app_ids=")).isEqualTo(List.of("Required parameter: app_ids is missing"));
    }

    @Test
    void aCommaJoinedListSplitsOnlyAtTheCommasSentRaw() {
        assertThat(bind("getApps", "android", "app_ids=com.a.b%2Cc,com.d.e").toString())
                .contains("app_ids=[com.a.b,c, com.d.e]");
    }

    @Test
    void anExplodedAliasStandsForItsCommaJoinedList() {
        assertThat(bind("getSalesReportEstimates", "android", "publisher_ids[]=Pub,+Inc.&publisher_ids[]=Other"
                + "&date_granularity=daily&start_date=2021-01-01&end_date=2021-01-07").toString())
                .contains("publisher_ids=[Pub, Inc., Other]");
    }

    @Test
    void literalPathsMatchOnlyThemselvesAndVariablesOneSegment() {
        String matches = (String) compilation.call("probe.Probe", "match", "/v1/ios/apps");

        assertThat(matches).startsWith("[{os=ios}, -, -");
        assertThat((String) compilation.call("probe.Probe", "match", "/v1//apps")).doesNotContain("os=");
    }

    private static Object bind(String operationId, String os, String query) {
        return compilation.call("probe.Probe", "bind", operationId, os, query);
    }
}
