package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.api.GetSessionMetricsRequest;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdPlacement;
import dev.appintel.client.model.AdType;
import dev.appintel.client.model.AspectRatio;
import dev.appintel.client.model.BannerDimension;
import dev.appintel.client.model.ChartType;
import dev.appintel.client.model.ChurnAnalysisGranularity;
import dev.appintel.client.model.CohortEngagementGranularity;
import dev.appintel.client.model.CohortRetentionGranularity;
import dev.appintel.client.model.CreativesLimit;
import dev.appintel.client.model.DataModel;
import dev.appintel.client.model.DownloadsBySourcesDateGranularity;
import dev.appintel.client.model.EngagementInsightsGranularity;
import dev.appintel.client.model.OsAndroid;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.OverlapCountry;
import dev.appintel.client.model.PanelRegion;
import dev.appintel.client.model.PowerUserCurveGranularity;
import dev.appintel.client.model.RankPeriod;
import dev.appintel.client.model.SalesDateGranularity;
import dev.appintel.client.model.SessionMetric;
import dev.appintel.client.model.SessionMetricsBreakdown;
import dev.appintel.client.model.TimeOfDayGranularity;
import dev.appintel.client.model.TimePeriod;
import dev.appintel.client.model.UnifiedSessionMetricsBreakdown;
import dev.appintel.client.model.UnifiedSessionMetricsOs;
import dev.appintel.client.model.UsageDateGranularity;
import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.MethodBinding;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The operations of the API, each called once through the client with a hand-written call: its
 * exact request line. An operation added to the spec needs no case here: the contract tests call
 * every operation of the spec through the client with a request taken from the spec.
 */
class EveryOperationTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);
    private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);

    /** One operation's call and the request it must send (path and query, the token left out). */
    record Case(String operationId, String body, Consumer<AppIntelligence> call, String expected) {
    }

    private static final RecordingServer SERVER = RecordingServer.start();
    private static final AppIntelligence CLIENT = TestClients.builder(SERVER, new FakeTime()).build();

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @TestFactory
    Stream<DynamicTest> eachOperationSendsItsExactRequestLine() {
        return cases().map(each -> DynamicTest.dynamicTest(each.operationId(), () -> {
            SERVER.enqueue(Reply.json(each.body()));
            each.call().accept(CLIENT);
            RecordingServer.Exchange sent = SERVER.last();
            String query = sent.queryWithoutToken();
            assertThat(sent.method()).isEqualTo("GET");
            assertThat(sent.path() + (query.isEmpty() ? "" : "?" + query)).isEqualTo(each.expected());
            assertThat(sent.queryOrEmpty()).endsWith("auth_token=" + TestClients.ENCODED_TOKEN);
        }));
    }

    @Test
    void everyCaseIsAnOperationOfTheCatalogOnce() {
        assertThat(cases().map(Case::operationId)).doesNotHaveDuplicates().isSubsetOf(
                OperationCatalog.operations().stream().map(MethodBinding::operationId).toList());
    }

    private static Case object(String id, Consumer<AppIntelligence> call, String expected) {
        return new Case(id, "{}", call, expected);
    }

    private static Case list(String id, Consumer<AppIntelligence> call, String expected) {
        return new Case(id, "[]", call, expected);
    }

    private static Stream<Case> cases() {
        return Stream.of(overview(), performance(), advertising(), acquisition(), usage(), updatesAndCrossApp())
                .flatMap(List::stream);
    }

    private static List<Case> overview() {
        return List.of(
                object("getApps", c -> c.appOverview().getApps(OsIosAndroid.IOS, List.of("284882215", "310633997"), "US", true),
                        "/v1/ios/apps?app_ids=284882215,310633997&country=US&include_sdk_data=true"),
                object("getTopInAppPurchases", c -> c.appOverview().getTopInAppPurchases(List.of("284882215"), "GB"),
                        "/v1/ios/apps/top_in_app_purchases?app_ids=284882215&country=GB"));
    }

    private static List<Case> performance() {
        return List.of(
                list("getSalesReportEstimates", c -> c.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.UNIFIED,
                        List.of("55c530a702ac64f9c0002dff"), null, List.of("US", "GB"), SalesDateGranularity.DAILY, JAN_1,
                        LocalDate.of(2024, 1, 7), DataModel.DM_2025_Q2),
                        "/v1/unified/sales_report_estimates?app_ids=55c530a702ac64f9c0002dff&countries=US,GB"
                                + "&date_granularity=daily&start_date=2024-01-01&end_date=2024-01-07&data_model=DM_2025_Q2"),
                object("getCompactSalesReportEstimates", c -> c.downloadsRevenue().getCompactSalesReportEstimates(
                        OsIosAndroid.ANDROID, JAN_1, JAN_31, null, List.of("Pub, Inc.", "Other"), null, null, List.of("game"),
                        SalesDateGranularity.MONTHLY, DataModel.DM_2025_Q1),
                        "/v1/android/compact_sales_report_estimates?start_date=2024-01-01&end_date=2024-01-31"
                                + "&publisher_ids%5B%5D=Pub%2C%20Inc.&publisher_ids%5B%5D=Other&categories=game"
                                + "&date_granularity=monthly&data_model=DM_2025_Q1"),
                list("getActiveUsers", c -> c.activeUsers().getActiveUsers(OsIosAndroidUnified.IOS, List.of("1", "2"),
                        TimePeriod.WEEK, JAN_1, MAR_31, List.of("US"), null),
                        "/v1/ios/usage/active_users?app_ids=1,2&time_period=week&start_date=2024-01-01&end_date=2024-03-31"
                                + "&countries=US"),
                object("getCategoryHistory", c -> c.categoryRankings().getCategoryHistory(OsIosAndroid.IOS, List.of("1"), "6014",
                        List.of(ChartType.TOPFREEAPPLICATIONS, ChartType.TOPGROSSINGAPPLICATIONS), List.of("US"), JAN_1,
                        LocalDate.of(2024, 1, 2), false),
                        "/v1/ios/category/category_history?app_ids=1&category=6014"
                                + "&chart_type_ids=topfreeapplications,topgrossingapplications&countries=US"
                                + "&start_date=2024-01-01&end_date=2024-01-02&is_hourly=false"),
                list("getCategoryRankingSummary", c -> c.categoryRankings().getCategoryRankingSummary(OsIosAndroid.ANDROID,
                        "com.example.app", "US"),
                        "/v1/android/category/category_ranking_summary?app_id=com.example.app&country=US"));
    }

    private static List<Case> advertising() {
        return List.of(
                object("getCreatives", c -> c.creativeGallery().getCreatives(OsIosAndroidUnified.IOS, List.of("1"), JAN_1, JAN_31,
                        List.of("US"), List.of(AdNetwork.ADMOB, AdNetwork.DIGITAL_TURBINE),
                        List.of(AdType.VIDEO_REWARDED, AdType.PLAYABLE), CreativesLimit.V_50, 2, true, List.of(AdPlacement.FEED),
                        List.of("0:15"), List.of(AspectRatio.V_9_16), List.of(BannerDimension.V_320X50), true),
                        "/v1/ios/ad_intel/creatives?app_ids=1&start_date=2024-01-01&end_date=2024-01-31&countries=US"
                                + "&networks=Admob,Digital%20Turbine&ad_types=video-rewarded,playable&limit=50&page=2"
                                + "&display_breakdown=true&placements=feed&video_durations=0%3A15&aspect_ratios=9%3A16"
                                + "&banner_dimensions=320x50&new_creative=true"),
                list("getNetworkAnalysis", c -> c.networkAnalysis().getNetworkAnalysis(OsIosAndroidUnified.UNIFIED,
                        List.of("a", "b"), JAN_1, JAN_31, TimePeriod.MONTH, List.of(AdNetwork.FACEBOOK), List.of("US")),
                        "/v1/unified/ad_intel/network_analysis?app_ids=a,b&start_date=2024-01-01&end_date=2024-01-31"
                                + "&period=month&networks=Facebook&countries=US"),
                list("getNetworkAnalysisRank", c -> c.networkAnalysis().getNetworkAnalysisRank(OsIosAndroidUnified.ANDROID,
                        List.of("a"), JAN_1, LocalDate.of(2024, 1, 7), RankPeriod.DAY, null, null),
                        "/v1/android/ad_intel/network_analysis/rank?app_ids=a&start_date=2024-01-01&end_date=2024-01-07"
                                + "&period=day"));
    }

    private static List<Case> acquisition() {
        return List.of(
                object("getRetention", c -> c.retention().getRetention(OsIosAndroid.IOS, List.of("1"),
                        UsageDateGranularity.QUARTERLY, JAN_1, MAR_31, "US"),
                        "/v1/ios/usage/retention?app_ids=1&date_granularity=quarterly&start_date=2024-01-01"
                                + "&end_date=2024-03-31&country=US"),
                object("getDownloadsBySources", c -> c.downloadsBySource().getDownloadsBySources(OsIosAndroidUnified.UNIFIED,
                        List.of("u1"), List.of("US", "JP"), DownloadsBySourcesDateGranularity.DAILY, JAN_1, JAN_31),
                        "/v1/unified/downloads_by_sources?app_ids=u1&countries=US,JP&date_granularity=daily"
                                + "&start_date=2024-01-01&end_date=2024-01-31"),
                object("getChurnAnalysis", c -> c.acquisitionChurn().getChurnAnalysis(OsAndroid.ANDROID, List.of("c1", "c2"),
                        PanelRegion.TIER_1, ChurnAnalysisGranularity.MONTHLY, JAN_1, LocalDate.of(2024, 6, 30)),
                        "/v1/android/consumer_intel/churn_analysis?selection_cohort_ids=c1,c2&country=TIER_1"
                                + "&granularity=monthly&start_date=2024-01-01&end_date=2024-06-30"),
                object("getChurnAnalysisCohorts", c -> c.acquisitionChurn().getChurnAnalysisCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/churn_analysis/cohorts"),
                object("getCohortRetention", c -> c.acquisitionChurn().getCohortRetention(OsAndroid.ANDROID, List.of("c1"),
                        CohortRetentionGranularity.WEEKLY, JAN_1, MAR_31),
                        "/v1/android/consumer_intel/cohort_retention?selection_cohort_ids=c1&granularity=weekly"
                                + "&start_date=2024-01-01&end_date=2024-03-31"),
                object("getCohortRetentionCohorts", c -> c.acquisitionChurn().getCohortRetentionCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/cohort_retention/cohorts"));
    }

    private static List<Case> usage() {
        return List.of(
                object("getDemographics", c -> c.demographics().getDemographics(OsIosAndroid.ANDROID, List.of("com.a"),
                        UsageDateGranularity.ALL_TIME, JAN_1, null, null),
                        "/v1/android/usage/demographics?app_ids=com.a&date_granularity=all_time&start_date=2024-01-01"),
                object("getSessionMetrics", c -> c.sessionMetrics().getSessionMetrics(GetSessionMetricsRequest.builder()
                        .startDate(JAN_1).endDate(JAN_31).appIds("1", "com.a")
                        .timeseries(SessionMetric.TIME_SPENT, SessionMetric.SESSION_COUNT).regions("US")
                        .timePeriod(TimePeriod.DAY).breakdown(SessionMetricsBreakdown.APP_ID_REGION).build()),
                        "/v1/apps/timeseries?start_date=2024-01-01&end_date=2024-01-31&app_ids=1,com.a"
                                + "&timeseries=time_spent,session_count&regions=US&time_period=day&breakdown=app_id%2Cregion"),
                object("getUnifiedSessionMetrics", c -> c.sessionMetrics().getUnifiedSessionMetrics(JAN_1, JAN_31, List.of("u1"),
                        List.of(SessionMetric.TOTAL_TIME_SPENT), null, TimePeriod.MONTH, UnifiedSessionMetricsOs.IOS,
                        UnifiedSessionMetricsBreakdown.UNIFIED_APP_ID),
                        "/v1/apps/timeseries/unified_apps?start_date=2024-01-01&end_date=2024-01-31&app_ids=u1"
                                + "&timeseries=total_time_spent&time_period=month&os=ios&breakdown=unified_app_id"),
                object("getEngagementInsights", c -> c.engagement().getEngagementInsights(OsAndroid.ANDROID, List.of("c1"),
                        PanelRegion.US, EngagementInsightsGranularity.DAILY, JAN_1, JAN_31),
                        "/v1/android/consumer_intel/engagement_insights?selection_cohort_ids=c1&country=US&granularity=daily"
                                + "&start_date=2024-01-01&end_date=2024-01-31"),
                object("getEngagementInsightsCohorts", c -> c.engagement().getEngagementInsightsCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/engagement_insights/cohorts"),
                object("getTimeOfDay", c -> c.engagement().getTimeOfDay(OsAndroid.ANDROID, List.of("c1"), null,
                        TimeOfDayGranularity.ALL_TIME),
                        "/v1/android/consumer_intel/time_of_day?selection_cohort_ids=c1&granularity=all_time"),
                object("getTimeOfDayCohorts", c -> c.engagement().getTimeOfDayCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/time_of_day/cohorts"),
                object("getPowerUserCurve", c -> c.engagement().getPowerUserCurve(OsAndroid.ANDROID, List.of("c1"),
                        PanelRegion.LATIN_AM, PowerUserCurveGranularity.MONTHLY, JAN_1, MAR_31),
                        "/v1/android/consumer_intel/power_user_curve?selection_cohort_ids=c1&country=LATIN_AM"
                                + "&granularity=monthly&start_date=2024-01-01&end_date=2024-03-31"),
                object("getPowerUserCurveCohorts", c -> c.engagement().getPowerUserCurveCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/power_user_curve/cohorts"));
    }

    private static List<Case> updatesAndCrossApp() {
        return List.of(
                object("getAppUpdateHistory", c -> c.appUpdateTimeline().getAppUpdateHistory(OsIosAndroid.IOS, "284882215",
                        "US", "10"),
                        "/v1/ios/app_update/get_app_update_history?app_id=284882215&country=US&date_limit=10"),
                object("getVersionHistory", c -> c.appUpdateTimeline().getVersionHistory(OsIosAndroid.ANDROID, "com.a", null),
                        "/v1/android/apps/version_history?app_id=com.a"),
                object("getAppOverlap", c -> c.appOverlap().getAppOverlap("55c5", List.of(OverlapCountry.US), JAN_1, MAR_31,
                        "6014", true),
                        "/v1/unified/app_overlap?app_id=55c5&countries%5B%5D=US&start_date=2024-01-01&end_date=2024-03-31"
                                + "&category=6014&include_inverse_multiplier=true"),
                object("getCohortEngagement", c -> c.crossAppUsage().getCohortEngagement(OsAndroid.ANDROID, "f1",
                        List.of("c1", "c2"), PanelRegion.SE_ASIA, CohortEngagementGranularity.WEEKLY, JAN_1,
                        LocalDate.of(2024, 1, 28)),
                        "/v1/android/consumer_intel/cohort_engagement?filter_cohort_id=f1&selection_cohort_ids=c1,c2"
                                + "&country=SE_ASIA&granularity=weekly&start_date=2024-01-01&end_date=2024-01-28"),
                object("getCohortEngagementCohorts", c -> c.crossAppUsage().getCohortEngagementCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/cohort_engagement/cohorts"));
    }
}
