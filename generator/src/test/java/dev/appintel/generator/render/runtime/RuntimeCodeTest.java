package dev.appintel.generator.render.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.render.RenderException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Java expressions over the API runtime's types that both targets write, on the real spec's model. */
class RuntimeCodeTest {

    private static final ApiModel MODEL = TestSpecs.model();
    private static final ModelIndex TYPES = new ModelIndex(MODEL.types());

    @Test
    void aParameterCarriesEveryLimitOfTheSpec() {
        Operation getApps = operation("getApps");
        ParamCode code = new ParamCode(TYPES);

        assertThat(code.of(getApps, getApps.parameter("os").orElseThrow())).isEqualTo(
                "Param.of(\"os\", Param.Location.PATH, ScalarKind.STRING).asRequired().allowing(\"ios\", \"android\")");
        assertThat(code.of(getApps, getApps.parameter("app_ids").orElseThrow())).isEqualTo(
                "Param.of(\"app_ids\", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.COMMA_JOINED)"
                        + ".asRequired().withLimits(Limits.NONE.withMinItems(1).withMaxItems(100))");
        assertThat(code.of(getApps, getApps.parameter("country").orElseThrow())).isEqualTo(
                "Param.of(\"country\", Param.Location.QUERY, ScalarKind.STRING)"
                        + ".withLimits(Limits.NONE.withPattern(\"^[A-Z]{2}$\")).withDefault(\"US\")");
    }

    @Test
    void datesCarryTheirEarliestDayAndAlignmentAndAliasesTheirName() {
        ParamCode code = new ParamCode(TYPES);
        Operation overlap = operation("getAppOverlap");
        Operation churn = operation("getChurnAnalysis");
        Operation sales = operation("getSalesReportEstimates");

        assertThat(code.of(overlap, overlap.parameter("start_date").orElseThrow()))
                .endsWith(".asRequired().alignedTo(Param.Alignment.MONTH_START)");
        assertThat(code.of(churn, churn.parameter("start_date").orElseThrow())).endsWith(".withEarliestDate(\"2020-05-01\")");
        assertThat(code.of(sales, sales.parameter("publisher_ids").orElseThrow()))
                .endsWith(".withExplodedAlias(\"publisher_ids[]\")");
        assertThat(code.of(overlap, overlap.parameter("countries[]").orElseThrow()))
                .contains("encodedAs(Param.Encoding.REPEATED)", "withMaxItems(1)");
    }

    @Test
    void anIntegerEnumParameterIsBoundAsAnInteger() {
        Operation creatives = operation("getCreatives");

        assertThat(new ParamCode(TYPES).of(creatives, creatives.parameter("limit").orElseThrow()))
                .isEqualTo("Param.of(\"limit\", Param.Location.QUERY, ScalarKind.INT32).allowing(\"10\", \"50\", \"100\")");
    }

    @Test
    void anObjectParameterCannotBeBoundAndIsReportedWithItsPlace() {
        Operation getApps = operation("getApps");
        Parameter object = new Parameter("filter", "filter", dev.appintel.generator.model.ParameterLocation.QUERY,
                false, new TypeRef.Named("App", "App"), Parameter.WireEncoding.SINGLE, Constraints.NONE,
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(),
                dev.appintel.generator.model.SourceLocation.of("/paths/x"));

        assertThatThrownBy(() -> new ParamCode(TYPES).of(getApps, object)).isInstanceOf(RenderException.class)
                .hasMessage("getApps: the parameter 'filter' has a type that is not a scalar, an enum or a list of those"
                        + " (/paths/x)");
    }

    @Test
    void rulesBecomeWithersInAFixedOrder() {
        assertThat(RouteCode.rules(operation("getSalesReportEstimates").rules())).isEqualTo(
                "Rules.NONE.withDateRange(\"start_date\", \"end_date\").requiringOneOf(\"app_ids\", \"publisher_ids\")"
                        + ".withSegmentation(new Rules.Segmentation(\"start_date\", \"end_date\", \"date_granularity\","
                        + " Map.ofEntries(Map.entry(\"daily\", Period.parse(\"P7D\")),"
                        + " Map.entry(\"monthly\", Period.parse(\"P1Y\")), Map.entry(\"quarterly\", Period.parse(\"P2Y\")),"
                        + " Map.entry(\"weekly\", Period.parse(\"P3M\"))), List.of(\"\")))");
        assertThat(RouteCode.rules(operation("getCreatives").rules())).isEqualTo(
                "Rules.NONE.withDateRange(\"start_date\", \"end_date\")"
                        + ".withPagination(new Rules.Pagination(\"page\", \"limit\", 1, \"/count\", \"/ad_units\"))");
        assertThat(RouteCode.rules(OperationRules.NONE)).isEqualTo("Rules.NONE");
    }

    @Test
    void aRouteCarriesItsResponsesWithTheirExamplesAsCompactJson() {
        String route = new RouteCode(TYPES).of(operation("getCategoryRankingSummary"));

        assertThat(route).startsWith("new OperationSpec(\"getCategoryRankingSummary\", \"GET\", "
                + "PathTemplate.of(\"/v1/{os}/category/category_ranking_summary\"),");
        assertThat(route).contains("new Reply(200, Optional.of(new Shape.ListOf(new Shape.Ref(\"CategoryRank\"))), "
                + "List.of(), Map.ofEntries(Map.entry(\"android\", \"[{\\\"chart_type_id\\\":\\\"topselling_free\\\"");
        assertThat(route).contains("new Reply(429, Optional.of(new Shape.Ref(\"ErrorMessage\")), List.of(\"Retry-After\")");
    }

    @Test
    void anObjectShapeListsItsFieldsWithLimitsUnitsAndPresenceFlags() {
        ShapeCode code = new ShapeCode(TYPES);

        assertThat(code.of(type("AppRetention"))).contains(
                "Field.of(\"corrected_retention\", new Shape.ListOf(new Shape.Scalar(ScalarKind.NUMBER))).asRequired()",
                ".withLimits(Limits.NONE.withUnit(\"ratio\").withMinimum(\"0\").withMaximum(\"1\").withMaxItems(90))");
        assertThat(code.of(type("AdUnit"))).contains(
                "Field.of(\"breakdown\", new Shape.Ref(\"ShareBreakdown\")).presentWith(\"display_breakdown\")");
        assertThat(code.of(type("AppOverlapEntry"))).contains(".presentWith(\"include_inverse_multiplier\")");
        assertThat(code.of(type("CategoryHistory"))).endsWith("Optional.of(new Shape.MapOf(new Shape.MapOf("
                + "new Shape.MapOf(new Shape.Ref(\"RankingSeries\"))))))");
    }

    @Test
    void enumsAndUnionsAreWrittenWithTheirValuesAndAlternatives() {
        ShapeCode code = new ShapeCode(TYPES);

        assertThat(code.of(type("AppOs"))).isEqualTo(
                "new Shape.Enumeration(\"AppOs\", ScalarKind.STRING, List.of(\"ios\", \"android\"))");
        assertThat(code.of(type("AppId"))).isEqualTo(
                "new Shape.ScalarUnion(\"AppId\", List.of(ScalarKind.INT64, ScalarKind.STRING))");
        assertThat(code.of(type("SalesEstimate"))).isEqualTo("new Shape.ObjectUnion(\"SalesEstimate\", "
                + "List.of(\"IosSalesEstimate\", \"AndroidSalesEstimate\", \"UnifiedSalesEstimate\"))");
    }

    @Test
    void presenceFlagsAreReadFromTheSpecsProse() {
        assertThat(PresenceFlags.flag("Share of voice over time; present with `display_breakdown=true`."))
                .contains("display_breakdown");
        assertThat(PresenceFlags.flag("Present only with `include_inverse_multiplier=true`."))
                .contains("include_inverse_multiplier");
        assertThat(PresenceFlags.flag("Whether `display_breakdown=true` is sent.")).isEmpty();
    }

    @Test
    void limitsAreLeftOutWhenThereAreNone() {
        assertThat(ShapeCode.limits(Constraints.NONE, Optional.empty())).isEmpty();
        assertThat(ShapeCode.limits(new Constraints(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1.50")), Optional.empty(), List.of()),
                Optional.of("cents"))).contains("Limits.NONE.withUnit(\"cents\").withMinimum(\"1.50\")");
    }

    private static Operation operation(String operationId) {
        return MODEL.operations().stream().filter(operation -> operation.operationId().equals(operationId))
                .findFirst().orElseThrow();
    }

    private static ModelType type(String schemaName) {
        return MODEL.types().stream().filter(type -> type.schemaName().equals(schemaName)).findFirst().orElseThrow();
    }
}
