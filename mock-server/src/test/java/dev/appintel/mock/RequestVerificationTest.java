package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.mock.admin.JournalEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link MockServer#verify}: Mockito-style assertions over the journal. */
class RequestVerificationTest {

    private final MockServer server = MockServer.start(MockServerConfig.defaults().withPort(0).withJournalSize(20));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void countsTheRequestsOfAnOperationThatSentAValue() {
        call("getApps", "ios", Map.of("app_ids", "284882215,310633997"));
        call("getApps", "android", Map.of("app_ids", "com.facebook.katana"));
        call("getApps", "ios", Map.of("app_ids", "284882215"));

        server.verify("getApps").calledTimes(3);
        server.verify("getApps").withParameter("os", "ios").calledTimes(2);
        server.verify("getApps").withParameter("app_ids", "310633997").calledTimes(1);
        server.verify("getApps").withParameter("os", "ios").withParameter("app_ids", "284882215").calledTimes(2);
        server.verify("getApps").withStatus(200).calledAtLeast(3);
        server.verify("getTopInAppPurchases").never();
    }

    @Test
    void aFailedAssertionListsWhatWasReceivedWithoutTheToken() {
        call("getApps", "ios", Map.of());

        assertThatThrownBy(() -> server.verify("getApps").withParameter("os", "android").calledTimes(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Requests to getApps with os=android: expected 1 matching request, got 0."
                        + " Requests to getApps received:\n  200 GET /v1/ios/apps?")
                .hasMessageNotContaining("secret-token");
    }

    @Test
    void aCallerCanCheckTheRulesItsCodeShouldKeep() {
        call("getSalesReportEstimates", "ios", Map.of("start_date", "2024-01-01", "end_date", "2024-01-07"));
        call("getSalesReportEstimates", "ios", Map.of("start_date", "2024-01-01", "end_date", "2024-03-31"));

        assertThatThrownBy(() -> server.verify("getSalesReportEstimates")
                .withParameter("date_granularity", "daily")
                .matching("a range over 7 days", RequestVerificationTest::longerThanAWeek).never())
                .hasMessageContaining("with date_granularity=daily and a range over 7 days: expected 0 matching requests, got 1");
        assertThat(server.verify("getSalesReportEstimates").requests()).extracting(JournalEntry::parameters)
                .allSatisfy(parameters -> assertThat(parameters).doesNotContainKey("auth_token"));
    }

    @Test
    void aJournalThatLetRequestsGoRefusesToCount() {
        for (int i = 0; i < 21; i++) {
            call("getApps", "ios", Map.of());
        }

        assertThatThrownBy(() -> server.verify("getApps").calledTimes(21))
                .hasMessageStartingWith("The mock's journal let 1 requests go (it keeps 20)");
    }

    @Test
    void anUnknownOperationIsRefused() {
        assertThatThrownBy(() -> server.verify("getApp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No operation getApp in the spec; it has [");
    }

    private static boolean longerThanAWeek(JournalEntry entry) {
        LocalDate start = LocalDate.parse(entry.parameters().get("start_date").get(0));
        LocalDate end = LocalDate.parse(entry.parameters().get("end_date").get(0));
        return ChronoUnit.DAYS.between(start, end) + 1 > 7;
    }

    private void call(String operationId, String os, Map<String, String> overrides) {
        assertThat(Http.valid(server.baseUrl(), operationId, os, overrides, "secret-token").statusCode()).isEqualTo(200);
    }
}
