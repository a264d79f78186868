package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.DiffSpecs.APP;
import static dev.appintel.generator.diff.DiffSpecs.APPS;
import static dev.appintel.generator.diff.DiffSpecs.SALES;
import static dev.appintel.generator.diff.DiffSpecs.array;
import static dev.appintel.generator.diff.DiffSpecs.object;
import static dev.appintel.generator.diff.DiffSpecs.parameter;
import static dev.appintel.generator.diff.DiffSpecs.removeValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification table: for each kind of change, one edit of the baseline spec, the one
 * change it must produce, and the class that change must have. Every {@link ChangeKind} has a row.
 */
class ChangeClassificationTest {

    /** One row: an edit, the change it makes, and that change's expected class. */
    record Row(ChangeKind kind, Impact expected, String subject, String detail, Consumer<ObjectNode> edit,
            Set<ChangeKind> alsoExpected) {
        @Override
        public String toString() {
            return kind + " is " + expected.label();
        }
    }

    private static Row row(ChangeKind kind, Impact expected, String subject, String detail, Consumer<ObjectNode> edit) {
        return new Row(kind, expected, subject, detail, edit, Set.of());
    }

    static Stream<Row> table() {
        return Stream.of(
                row(ChangeKind.OPERATION_REMOVED, Impact.BREAKS_CLIENTS, "getSales", "GET /v1/{os}/sales",
                        spec -> object(spec, "/paths").remove("/v1/{os}/sales")),
                row(ChangeKind.OPERATION_ADDED, Impact.SAFE, "getApps2", "GET /v1/{os}/apps2", spec -> {
                    ObjectNode copy = object(spec, "/paths/~1v1~1{os}~1apps").deepCopy();
                    ((ObjectNode) copy.get("get")).put("operationId", "getApps2");
                    object(spec, "/paths").set("/v1/{os}/apps2", copy);
                }),
                row(ChangeKind.OPERATION_RENAMED, Impact.BREAKS_CLIENTS, "listApps", "getApps → listApps",
                        spec -> object(spec, APPS).put("operationId", "listApps"),
                        // The inline enum of 'os' is named after the operation, so its Java type is renamed too.
                        ChangeKind.PARAMETER_RETYPED),
                row(ChangeKind.OPERATION_RETAGGED, Impact.BREAKS_CLIENTS, "getApps", "Apps → Sales",
                        spec -> array(spec, APPS + "/tags").set(0, "Sales")),
                row(ChangeKind.PARAMETER_REMOVED, Impact.BREAKS_CLIENTS, "getApps › country", "",
                        spec -> array(spec, APPS + "/parameters").remove(2)),
                row(ChangeKind.OPTIONAL_PARAMETER_ADDED, Impact.SAFE, "getApps › lang", "string",
                        spec -> array(spec, APPS + "/parameters").addObject().put("name", "lang").put("in", "query")
                                .putObject("schema").put("type", "string")),
                row(ChangeKind.REQUIRED_PARAMETER_ADDED, Impact.BREAKS_MOCK_USERS, "getApps › lang", "string",
                        spec -> array(spec, APPS + "/parameters").addObject().put("name", "lang").put("in", "query")
                                .put("required", true).putObject("schema").put("type", "string")),
                row(ChangeKind.PARAMETER_MADE_REQUIRED, Impact.BREAKS_CLIENTS, "getApps › country", "",
                        spec -> parameter(spec, APPS, "country").put("required", true)),
                row(ChangeKind.PARAMETER_MADE_OPTIONAL, Impact.SAFE, "getApps › app_ids", "",
                        spec -> parameter(spec, APPS, "app_ids").put("required", false)),
                row(ChangeKind.PARAMETER_MOVED, Impact.BREAKS_CLIENTS, "getApps › country", "query → header",
                        spec -> parameter(spec, APPS, "country").put("in", "header")),
                row(ChangeKind.PARAMETER_RETYPED, Impact.BREAKS_CLIENTS, "getApps › country", "string → date",
                        spec -> object(spec, APPS + "/parameters/2/schema").put("format", "date")),
                row(ChangeKind.PARAMETER_ENCODING_CHANGED, Impact.BREAKS_CLIENTS, "getApps › app_ids",
                        "comma-joined → one key per value", spec -> parameter(spec, APPS, "app_ids").put("explode", true)),
                row(ChangeKind.REQUEST_ENUM_VALUE_REMOVED, Impact.BREAKS_CLIENTS, "getSales › date_granularity", "weekly",
                        spec -> {
                            removeValue(array(spec, SALES + "/parameters/3/schema/enum"), "weekly");
                            object(spec, SALES + "/x-appintel-date-segmentation/maxSpan").remove("weekly");
                        }),
                row(ChangeKind.REQUEST_ENUM_VALUE_ADDED, Impact.SAFE, "getSales › date_granularity", "monthly",
                        spec -> {
                            array(spec, SALES + "/parameters/3/schema/enum").add("monthly");
                            object(spec, SALES + "/x-appintel-date-segmentation/maxSpan").put("monthly", "P1Y");
                        }),
                row(ChangeKind.PARAMETER_LIMIT_TIGHTENED, Impact.BREAKS_CLIENTS, "getApps › country", "maxLength none → 2",
                        spec -> object(spec, APPS + "/parameters/2/schema").put("maxLength", 2)),
                row(ChangeKind.PARAMETER_LIMIT_RELAXED, Impact.SAFE, "getSales › limit", "maximum 100 → 200",
                        spec -> object(spec, SALES + "/parameters/4/schema").put("maximum", 200)),
                row(ChangeKind.PARAMETER_DEFAULT_CHANGED, Impact.BREAKS_CLIENTS, "getSales › limit", "25 → 50",
                        spec -> object(spec, SALES + "/parameters/4/schema").put("default", 50)),
                row(ChangeKind.RESPONSE_STATUS_ADDED, Impact.BREAKS_CLIENTS, "getApps › 404", "",
                        spec -> object(spec, APPS + "/responses").putObject("404").put("description", "No such app.")),
                row(ChangeKind.SUCCESS_RESPONSE_REMOVED, Impact.BREAKS_CLIENTS, "getApps › 200", "",
                        spec -> object(spec, APPS + "/responses").remove("200")),
                row(ChangeKind.RESPONSE_STATUS_REMOVED, Impact.BREAKS_MOCK_USERS, "getApps › 429", "",
                        spec -> object(spec, APPS + "/responses").remove("429")),
                row(ChangeKind.RESPONSE_HEADER_REMOVED, Impact.BREAKS_CLIENTS, "getApps › 429 › Retry-After", "",
                        spec -> object(spec, APPS + "/responses/429").remove("headers")),
                row(ChangeKind.RESPONSE_HEADER_ADDED, Impact.SAFE, "getApps › 429 › X-Limit", "",
                        spec -> object(spec, APPS + "/responses/429/headers").putObject("X-Limit")
                                .putObject("schema").put("type", "integer")),
                row(ChangeKind.RESPONSE_EXAMPLE_REMOVED, Impact.BREAKS_MOCK_USERS, "getApps › 200", "example ios",
                        spec -> object(spec, APPS + "/responses/200/content/application~1json").remove("examples")),
                row(ChangeKind.RESPONSE_EXAMPLE_ADDED, Impact.SAFE, "getApps › 200", "example android",
                        spec -> object(spec, APPS + "/responses/200/content/application~1json/examples")
                                .putObject("android").putObject("value").putArray("apps")),
                row(ChangeKind.RESPONSE_EXAMPLE_CHANGED, Impact.SAFE, "getApps › 200", "example ios",
                        spec -> object(spec, APPS + "/responses/200/content/application~1json/examples/ios/value")
                                .putArray("apps")),
                row(ChangeKind.RESPONSE_FIELD_REMOVED, Impact.BREAKS_CLIENTS, "App.downloads", "",
                        spec -> object(spec, APP + "/properties").remove("downloads")),
                row(ChangeKind.RESPONSE_FIELD_ADDED, Impact.SAFE, "App.price", "number",
                        spec -> object(spec, APP + "/properties").putObject("price").put("type", "number")),
                row(ChangeKind.RESPONSE_FIELD_RETYPED, Impact.BREAKS_CLIENTS, "App.downloads", "int64 → string",
                        spec -> object(spec, APP + "/properties").putObject("downloads").put("type", "string")),
                row(ChangeKind.RESPONSE_FIELD_MADE_OPTIONAL, Impact.BREAKS_CLIENTS, "App.name", "",
                        spec -> removeValue(array(spec, APP + "/required"), "name")),
                row(ChangeKind.RESPONSE_FIELD_MADE_REQUIRED, Impact.SAFE, "App.downloads", "",
                        spec -> array(spec, APP + "/required").add("downloads")),
                row(ChangeKind.RESPONSE_FIELD_MADE_NULLABLE, Impact.BREAKS_CLIENTS, "App.name", "",
                        spec -> object(spec, APP + "/properties/name").put("nullable", true)),
                row(ChangeKind.RESPONSE_FIELD_MADE_NON_NULL, Impact.SAFE, "App.rating", "",
                        spec -> object(spec, APP + "/properties/rating").remove("nullable")),
                row(ChangeKind.RESPONSE_ENUM_VALUE_ADDED, Impact.BREAKS_STRICT_CLIENTS, "AppKind", "tool",
                        spec -> array(spec, "/components/schemas/AppKind/enum").add("tool")),
                row(ChangeKind.RESPONSE_ENUM_VALUE_REMOVED, Impact.SAFE, "AppKind", "app",
                        spec -> removeValue(array(spec, "/components/schemas/AppKind/enum"), "app")),
                row(ChangeKind.RESPONSE_VARIANT_ADDED, Impact.BREAKS_CLIENTS, "SalesRow", "UnifiedRow",
                        spec -> array(spec, "/components/schemas/SalesRow/oneOf").addObject()
                                .put("$ref", "#/components/schemas/UnifiedRow")),
                row(ChangeKind.RESPONSE_VARIANT_REMOVED, Impact.SAFE, "SalesRow", "AndroidRow",
                        spec -> array(spec, "/components/schemas/SalesRow/oneOf").remove(1)),
                row(ChangeKind.TYPE_RENAMED, Impact.BREAKS_CLIENTS, "Category", "AppKind → Category", spec -> {
                    ObjectNode schemas = object(spec, "/components/schemas");
                    schemas.set("Category", schemas.remove("AppKind"));
                    object(spec, APP + "/properties/kind").put("$ref", "#/components/schemas/Category");
                }),
                row(ChangeKind.BATCH_LIMIT_LOWERED, Impact.BREAKS_CLIENTS, "getApps › app_ids", "max per call 100 → 50",
                        spec -> object(spec, APPS + "/x-appintel-batching").put("maxPerCall", 50)),
                row(ChangeKind.BATCH_LIMIT_RAISED, Impact.SAFE, "getApps › app_ids", "max per call 100 → 200",
                        spec -> {
                            object(spec, APPS + "/x-appintel-batching").put("maxPerCall", 200);
                            object(spec, APPS + "/parameters/1/schema").put("maxItems", 200);
                        },
                        ChangeKind.PARAMETER_LIMIT_RELAXED),
                row(ChangeKind.SEGMENT_SPAN_SHORTENED, Impact.BREAKS_CLIENTS, "getSales › date range (daily)", "P7D → P5D",
                        spec -> object(spec, SALES + "/x-appintel-date-segmentation/maxSpan").put("daily", "P5D")),
                row(ChangeKind.SEGMENT_SPAN_LENGTHENED, Impact.SAFE, "getSales › date range (weekly)", "P3M → P6M",
                        spec -> object(spec, SALES + "/x-appintel-date-segmentation/maxSpan").put("weekly", "P6M")),
                row(ChangeKind.REQUEST_RULE_TIGHTENED, Impact.BREAKS_CLIENTS, "getSales › requires one of",
                        "none → end_date, page",
                        spec -> object(spec, SALES).putArray("x-appintel-requires-one-of").add("end_date").add("page")),
                row(ChangeKind.REQUEST_RULE_RELAXED, Impact.SAFE, "getSales › date range", "start_date ≤ end_date → none",
                        spec -> object(spec, SALES).remove("x-appintel-date-range")),
                row(ChangeKind.PAGINATION_CHANGED, Impact.BREAKS_CLIENTS, "getSales › pagination",
                        "page from 1, limit per page, total at /count, items at /rows → "
                                + "page from 0, limit per page, total at /count, items at /rows",
                        spec -> object(spec, SALES + "/x-appintel-pagination").put("firstPage", 0)),
                row(ChangeKind.AUTHENTICATION_CHANGED, Impact.BREAKS_CLIENTS, "API key", "auth_token in query → token in query",
                        spec -> object(spec, "/components/securitySchemes/token").put("name", "token")),
                row(ChangeKind.DESCRIPTION_CHANGED, Impact.SAFE, "App.name", "",
                        spec -> object(spec, APP + "/properties/name").put("description", "The name on the store.")));
    }

    private static Row row(ChangeKind kind, Impact expected, String subject, String detail, Consumer<ObjectNode> edit,
            ChangeKind alsoExpected) {
        return new Row(kind, expected, subject, detail, edit, Set.of(alsoExpected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachKindHasItsClass(Row row) {
        assertThat(row.kind().impact()).as("the class of " + row.kind()).isEqualTo(row.expected());

        ChangeReport report = DiffSpecs.compare(row.edit());

        assertThat(report.changes()).as("changes found").extracting(Change::kind).contains(row.kind());
        Change change = report.changes().stream().filter(found -> found.kind() == row.kind()).findFirst().orElseThrow();
        assertThat(change.subject()).isEqualTo(row.subject());
        assertThat(change.detail()).isEqualTo(row.detail());
        assertThat(change.impact()).isEqualTo(row.expected());
        assertThat(report.hasBreakingChanges()).isEqualTo(report.changes().stream().anyMatch(c -> c.impact().breaking()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEditMakesOnlyItsChange(Row row) {
        ChangeReport report = DiffSpecs.compare(row.edit());

        Set<ChangeKind> expected = EnumSet.of(row.kind());
        expected.addAll(row.alsoExpected());
        assertThat(report.changes()).extracting(Change::kind).containsOnlyElementsOf(expected);
    }

    @Test
    void everyKindHasARow() {
        Set<ChangeKind> covered = table().map(Row::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeKind.class)));

        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("kinds without a row").isEmpty();
    }

    @Test
    void anOperationsOwnApiKeyIsAnAuthenticationChangeOfThatOperation() {
        ChangeReport report = DiffSpecs.compare(spec -> {
            object(spec, "/components/securitySchemes").putObject("partner").put("type", "apiKey").put("in", "header")
                    .put("name", "X-Partner");
            object(spec, SALES).putArray("security").addObject().putArray("partner");
        });

        assertThat(report.changes()).extracting(Change::kind, Change::subject, Change::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.AUTHENTICATION_CHANGED, "getSales",
                        "auth_token in query → X-Partner in header"));
    }

    @Test
    void theBaselineComparedWithItselfHasNoChanges() {
        ChangeReport report = DiffSpecs.compare(DiffSpecs.baseText(), DiffSpecs.baseText());

        assertThat(report.changes()).isEmpty();
        assertThat(report.hasBreakingChanges()).isFalse();
    }
}
