package dev.appintel.generator.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The requests derived from the real spec. */
class RequestPlannerTest {

    private static final ProbeSpec SPEC = ProbeSpec.load(Optional.empty());
    private static final SchemaTree TREE = new SchemaTree(SPEC.loaded().tree());

    private final RequestPlanner planner = planner(LocalDate.of(2024, 6, 15));

    private static RequestPlanner planner(LocalDate today) {
        return new RequestPlanner(SPEC.model(), ExampleValues.of(SPEC.model(), TREE), today);
    }

    private static ProbeTarget target(String operationId, String platform) {
        return new ProbeTarget(SPEC.model().operations().stream()
                .filter(operation -> operation.operationId().equals(operationId)).findFirst().orElseThrow(),
                Optional.ofNullable(platform));
    }

    private String request(RequestPlanner planner, String operationId, String platform, Map<String, JsonNode> cohorts) {
        RequestPlanner.Plan plan = planner.plan(target(operationId, platform), cohorts);
        return ((RequestPlanner.Plan.Ready) plan).request().target("");
    }

    private String request(String operationId, String platform) {
        return request(planner, operationId, platform, Map.of());
    }

    @Test
    void everyOperationOncePerPlatformTheCohortListsFirst() {
        List<ProbeTarget> targets = planner.targets();
        long cohortLists = SPEC.model().operations().stream().filter(operation -> operation.path().endsWith("/cohorts"))
                .count();
        int calls = SPEC.model().operations().stream().mapToInt(operation -> operation.path().contains("{os}")
                ? operation.parameter("os").orElseThrow().constraints().allowedValues().size() : 1).sum();

        assertThat(targets).hasSize(calls);
        assertThat(targets).extracting(ProbeTarget::listsCohorts)
                .startsWith(Collections.nCopies((int) cohortLists, true).toArray(Boolean[]::new))
                .doesNotContainSequence(false, true);
        assertThat(targets).extracting(ProbeTarget::describe)
                .containsSubsequence("getApps (ios)", "getApps (android)", "getTopInAppPurchases");
    }

    @Test
    void idsComeFromThePlatformsExamples() {
        assertThat(request("getApps", "ios")).isEqualTo("/v1/ios/apps?app_ids=284882215");
        assertThat(request("getApps", "android")).isEqualTo("/v1/android/apps?app_ids=com.facebook.katana");
        assertThat(request("getCategoryRankingSummary", "ios"))
                .isEqualTo("/v1/ios/category/category_ranking_summary?app_id=284882215&country=US");
    }

    @Test
    void aDailyRangeIsAWeekInsideTheRecommendedSpan() {
        assertThat(request("getSalesReportEstimates", "ios")).isEqualTo("/v1/ios/sales_report_estimates"
                + "?app_ids=284882215,1482155847&date_granularity=daily&start_date=2024-04-01&end_date=2024-04-07");
    }

    @Test
    void alignedDatesFallOnTheFirstAndLastDayOfAMonth() {
        assertThat(request("getAppOverlap", null)).contains("start_date=2024-04-01&end_date=2024-04-30");
    }

    @Test
    void noDateIsBeforeTheParametersEarliestDate() {
        RequestPlanner early = planner(LocalDate.of(2020, 4, 20));

        assertThat(request(early, "getChurnAnalysis", "android", Map.of()))
                .contains("start_date=2020-05-01&end_date=2020-05-07");
        assertThat(request(early, "getCohortRetention", "android", Map.of()))
                .contains("start_date=2020-03-30&end_date=2020-04-05");
    }

    @Test
    void cohortIdsOfTheParametersKindComeFromTheCohortList() throws Exception {
        JsonNode list = new ObjectMapper().readTree("""
                {"data": [{"id": "c_filter", "type": "filter"}, {"id": "c_sel_1", "type": "selection"},
                          {"id": "c_sel_2", "type": "selection"}, {"id": "c_sel_3", "type": "selection"}]}
                """);

        assertThat(request(planner, "getCohortEngagement", "android",
                Map.of("/v1/android/consumer_intel/cohort_engagement/cohorts", list)))
                .contains("filter_cohort_id=c_filter&selection_cohort_ids=c_sel_1,c_sel_2&");
    }

    @Test
    void withoutACohortListTheExamplesIdsAreUsedAndSaidSo() {
        RequestPlanner.Plan.Ready plan = (RequestPlanner.Plan.Ready) planner.plan(target("getChurnAnalysis", "android"),
                Map.of());

        assertThat(plan.request().target("")).contains("selection_cohort_ids=cohort_85b0b0a055f66ee9d9461187");
        assertThat(plan.notes()).containsExactly(
                "selection_cohort_ids from the spec's examples: the cohort list gave no cohort");
    }
}
