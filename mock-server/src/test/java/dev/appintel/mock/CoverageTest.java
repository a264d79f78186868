package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.mock.admin.Coverage;
import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /__admin/coverage} and {@link MockServer#coverage()}: what a test run asked of each operation. */
@ExtendWith(MockServerExtension.class)
class CoverageTest {

    private MockServer server;

    @BeforeEach
    void reset(MockServer server) {
        this.server = server;
        assertThat(Http.admin(server.baseUrl(), "POST", "/__admin/reset", "").statusCode()).isEqualTo(200);
    }

    @Test
    void twoCallsCoverTwoOperationsOfAllTheSpecHas() {
        call("getApps", "ios", Map.of());
        call("getSalesReportEstimates", "android", Map.of());

        JsonNode coverage = Bodies.read(Http.get(server.baseUrl(), "/__admin/coverage").body());

        assertThat(coverage.at("/summary/covered").asInt()).isEqualTo(2);
        assertThat(coverage.at("/summary/total").asInt()).isEqualTo(SpecDocument.operations().size());
        JsonNode apps = operation(coverage, "getApps");
        assertThat(apps.path("calls").asLong()).isEqualTo(1);
        assertThat(apps.path("covered").asBoolean()).isTrue();
        assertThat(apps.at("/statuses/200").asLong()).isEqualTo(1);
        assertThat(apps.at("/parameters/app_ids").asLong()).isEqualTo(1);
        assertThat(apps.at("/values/os/ios").asLong()).isEqualTo(1);
        assertThat(apps.at("/values/os/android").asLong()).isZero();
        assertThat(operation(coverage, "getSalesReportEstimates").at("/values/date_granularity/daily").asLong())
                .as("the enum value sent").isEqualTo(1);
        assertThat(operation(coverage, "getTopInAppPurchases").path("covered").asBoolean()).isFalse();
    }

    @Test
    void aRefusedCallCountsItsStatusButDoesNotCover() {
        Http.get(server.baseUrl(), "/v1/ios/apps?auth_token=t");
        Http.get(server.baseUrl(), "/v1/ios/apps?app_ids=1&os=x&auth_token=");

        Coverage.OperationCoverage apps = report("getApps");

        assertThat(apps.calls()).isEqualTo(2);
        assertThat(apps.statuses()).containsOnlyKeys(401, 422);
        assertThat(apps.covered()).isFalse();
        assertThat(server.coverage().covered()).isZero();
    }

    @Test
    void valuesOutsideAnEnumAreCountedTogether() {
        call("getSalesReportEstimates", "ios", Map.of("date_granularity", "hourly"));
        call("getSalesReportEstimates", "ios", Map.of("date_granularity", "minutely"));

        Map<String, Long> granularity = report("getSalesReportEstimates").values().get("date_granularity");

        assertThat(granularity).containsEntry(Coverage.OTHER, 2L).doesNotContainKeys("hourly", "minutely");
    }

    @Test
    void clearingTheJournalClearsTheCoverage() {
        call("getApps", "ios", Map.of());
        assertThat(server.coverage().covered()).isEqualTo(1);

        HttpResponse<String> cleared = Http.admin(server.baseUrl(), "DELETE", "/__admin/requests", "");

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(server.coverage().covered()).isZero();
        assertThat(report("getApps").calls()).isZero();
    }

    @Test
    void theMarkdownFormNamesWhatWasNotCovered() {
        call("getApps", "android", Map.of());

        HttpResponse<String> markdown = Http.get(server.baseUrl(), "/__admin/coverage?format=markdown");

        SpecDocument.Operation apps = SpecDocument.operation("getApps");
        String notSent = String.join(", ", apps.parameters().stream().map(parameter -> parameter.path("name").asText())
                .filter(name -> !name.equals("os") && !ValidRequests.query(apps, "android").containsKey(name)).toList());
        assertThat(markdown.headers().firstValue("Content-Type")).contains("text/markdown; charset=utf-8");
        assertThat(markdown.body()).startsWith("### API coverage: 1 of " + SpecDocument.operations().size())
                .contains("| `getApps` | 1 | 200 x1 | " + notSent + " | os: "
                        + String.join(", ", apps.osValues().stream().filter(os -> !os.equals("android")).toList()))
                .contains("| **not covered** `getTopInAppPurchases` | 0 | - | ");
    }

    private void call(String operationId, String os, Map<String, String> overrides) {
        HttpResponse<String> response = Http.valid(server.baseUrl(), operationId, os, overrides, "t");
        assertThat(response.statusCode()).as(response.body()).isIn(200, 422);
    }

    private Coverage.OperationCoverage report(String operationId) {
        return server.coverage().operations().stream()
                .filter(operation -> operation.operation().operationId().equals(operationId)).findFirst().orElseThrow();
    }

    private static JsonNode operation(JsonNode coverage, String operationId) {
        for (JsonNode operation : coverage.path("operations")) {
            if (operation.path("operationId").asText().equals(operationId)) {
                return operation;
            }
        }
        throw new AssertionError("no operation " + operationId + " in " + List.of(coverage));
    }
}
