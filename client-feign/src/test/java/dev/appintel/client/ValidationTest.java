package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.api.GetCreativesRequest;
import dev.appintel.client.error.InvalidRequestException;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdType;
import dev.appintel.client.model.ChurnAnalysisGranularity;
import dev.appintel.client.model.OsAndroid;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.OverlapCountry;
import dev.appintel.client.model.SalesDateGranularity;
import dev.appintel.client.model.TimePeriod;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spec's constraints are checked before any request, with a message naming the parameter. */
class ValidationTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

    private final RecordingServer server = RecordingServer.start();
    private final AppIntelligence client = TestClients.builder(server, new FakeTime()).build();

    @AfterEach
    void stop() {
        assertThat(server.requests()).as("requests sent").isEmpty();
        client.close();
        server.close();
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        assertRejected(() -> client.appOverview().getApps(null, List.of("1"), null, null), "getApps", "os",
                "getApps: parameter os (argument os) is missing");
        assertRejected(() -> client.appOverview().getApps(OsIosAndroid.IOS, List.of(), null, null), "getApps", "app_ids",
                "getApps: parameter app_ids (argument appIds) is missing");
    }

    @Test
    void anEnumsUnknownValueCannotBeSent() {
        assertRejected(() -> client.appOverview().getApps(OsIosAndroid.fromValue("web"), List.of("1"), null, null), "getApps",
                "os", "getApps: parameter os (argument os) cannot be sent: OsIosAndroid value web is not one this client knows"
                        + " and cannot be sent");
    }

    @Test
    void patternsAreCheckedForValuesAndListElements() {
        assertRejected(() -> client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), "usa", null), "getApps", "country",
                "getApps: parameter country (argument country) must match ^[A-Z]{2}$ (got 'usa')");
        assertRejected(() -> client.appOverview().getTopInAppPurchases(List.of("1", "com.a"), null), "getTopInAppPurchases",
                "app_ids", "getTopInAppPurchases: parameter app_ids (argument appIds) must match ^[0-9]+$ (got 'com.a')");
    }

    @Test
    void tooManyValuesForAListThatIsNotBatchedAreRefused() {
        assertRejected(() -> client.appOverlap().getAppOverlap("x", List.of(OverlapCountry.US, OverlapCountry.GB),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), null, null), "getAppOverlap", "countries[]",
                "getAppOverlap: parameter countries[] (argument countries) takes at most 1 values (got 2)");
    }

    @Test
    void nullElementsAreRefused() {
        assertRejected(() -> client.appOverview().getApps(OsIosAndroid.IOS, Arrays.asList("1", null), null, null), "getApps",
                "app_ids", "getApps: parameter app_ids (argument appIds) contains null");
    }

    @Test
    void theStartMustNotBeAfterTheEnd() {
        assertRejected(() -> client.activeUsers().getActiveUsers(OsIosAndroidUnified.IOS, List.of("1"), TimePeriod.DAY,
                JAN_31, JAN_1, null, null), "getActiveUsers", "start_date",
                "getActiveUsers: parameter start_date must not be after end_date (got 2024-01-31 and 2024-01-01)");
    }

    @Test
    void datesBeforeTheEarliestTheApiHasAreRefused() {
        assertRejected(() -> client.acquisitionChurn().getChurnAnalysis(OsAndroid.ANDROID, List.of("c"), null,
                ChurnAnalysisGranularity.MONTHLY, LocalDate.of(2020, 4, 30), JAN_31), "getChurnAnalysis", "start_date",
                "getChurnAnalysis: parameter start_date (argument startDate) must be 2020-05-01 or later (got '2020-04-30')");
    }

    @Test
    void datesMustFallOnTheRequiredDayOfTheMonth() {
        assertRejected(() -> client.appOverlap().getAppOverlap("x", List.of(OverlapCountry.US), LocalDate.of(2024, 1, 2),
                JAN_31, null, null), "getAppOverlap", "start_date",
                "getAppOverlap: parameter start_date (argument startDate) must be the first day of a month (got '2024-01-02')");
        assertRejected(() -> client.appOverlap().getAppOverlap("x", List.of(OverlapCountry.US), JAN_1,
                LocalDate.of(2024, 1, 30), null, null), "getAppOverlap", "end_date",
                "getAppOverlap: parameter end_date (argument endDate) must be the last day of a month (got '2024-01-30')");
    }

    @Test
    void atLeastOneOfTheNamedParametersIsRequired() {
        assertRejected(() -> client.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.IOS, null, List.of(),
                null, SalesDateGranularity.DAILY, JAN_1, JAN_1, null), "getSalesReportEstimates", "app_ids or publisher_ids",
                "getSalesReportEstimates: parameter app_ids or publisher_ids is missing; at least one of them is required");
    }

    @Test
    void numericBoundsAreChecked() {
        GetCreativesRequest request = GetCreativesRequest.builder().os(OsIosAndroidUnified.IOS).appIds("1").startDate(JAN_1)
                .countries("US").networks(AdNetwork.ADMOB).adTypes(AdType.VIDEO).page(0).build();

        assertRejected(() -> client.creativeGallery().getCreatives(request), "getCreatives", "page",
                "getCreatives: parameter page (argument page) must be at least 1 (got '0')");
    }

    private static void assertRejected(ThrowingCallable call, String operation, String parameter, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.operation()).isEqualTo(operation);
            assertThat(e.parameter()).isEqualTo(parameter);
        }).hasMessage(message);
    }
}
