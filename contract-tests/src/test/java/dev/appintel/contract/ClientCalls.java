package dev.appintel.contract;

import dev.appintel.client.AppIntelligence;
import dev.appintel.client.api.GetSessionMetricsRequest;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdType;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Hand-written calls through the generated client, richer than the requests built from the spec
 * (several ids, optional parameters, encoded values), with the request each sends (path and query,
 * percent-encoded, the token left out), as the client's own tests state it. Every operation of the
 * spec is also called from the spec itself ({@link SpecClientCalls}); a new operation needs no call here.
 */
final class ClientCalls {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);
    private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);

    /** One operation's call, and the request line it sends. */
    record Call(String operationId, Function<AppIntelligence, Object> call, String request) {
    }

    private ClientCalls() {
    }

    static Call call(String operationId) {
        return all().stream().filter(call -> call.operationId().equals(operationId)).findFirst().orElseThrow();
    }

    static List<Call> all() {
        return List.of(
                new Call("getApps", c -> c.appOverview().getApps(OsIosAndroid.IOS, List.of("284882215", "310633997"), "US", true),
                        "/v1/ios/apps?app_ids=284882215,310633997&country=US&include_sdk_data=true"),
                new Call("getTopInAppPurchases", c -> c.appOverview().getTopInAppPurchases(List.of("284882215"), "GB"),
                        "/v1/ios/apps/top_in_app_purchases?app_ids=284882215&country=GB"),
                new Call("getSalesReportEstimates", c -> c.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.UNIFIED,
                        List.of("55c530a702ac64f9c0002dff"), null, List.of("US", "GB"), SalesDateGranularity.DAILY, JAN_1,
                        LocalDate.of(2024, 1, 7), DataModel.DM_2025_Q2),
                        "/v1/unified/sales_report_estimates?app_ids=55c530a702ac64f9c0002dff&countries=US,GB"
                                + "&date_granularity=daily&start_date=2024-01-01&end_date=2024-01-07&data_model=DM_2025_Q2"),
                new Call("getCompactSalesReportEstimates", c -> c.downloadsRevenue().getCompactSalesReportEstimates(
                        OsIosAndroid.ANDROID, JAN_1, JAN_31, null, List.of("Pub, Inc.", "Other"), null, null, List.of("game"),
                        SalesDateGranularity.MONTHLY, DataModel.DM_2025_Q1),
                        "/v1/android/compact_sales_report_estimates?start_date=2024-01-01&end_date=2024-01-31"
                                + "&publisher_ids%5B%5D=Pub%2C%20Inc.&publisher_ids%5B%5D=Other&categories=game"
                                + "&date_granularity=monthly&data_model=DM_2025_Q1"),
                new Call("getActiveUsers", c -> c.activeUsers().getActiveUsers(OsIosAndroidUnified.IOS, List.of("1", "2"),
                        TimePeriod.WEEK, JAN_1, MAR_31, List.of("US"), null),
                        "/v1/ios/usage/active_users?app_ids=1,2&time_period=week&start_date=2024-01-01&end_date=2024-03-31"
                                + "&countries=US"),
                new Call("getCategoryHistory", c -> c.categoryRankings().getCategoryHistory(OsIosAndroid.IOS, List.of("1"), "6014",
                        List.of(ChartType.TOPFREEAPPLICATIONS, ChartType.TOPGROSSINGAPPLICATIONS), List.of("US"), JAN_1,
                        LocalDate.of(2024, 1, 2), false),
                        "/v1/ios/category/category_history?app_ids=1&category=6014"
                                + "&chart_type_ids=topfreeapplications,topgrossingapplications&countries=US"
                                + "&start_date=2024-01-01&end_date=2024-01-02&is_hourly=false"),
                new Call("getCategoryRankingSummary", c -> c.categoryRankings().getCategoryRankingSummary(OsIosAndroid.ANDROID,
                        "com.example.app", "US"),
                        "/v1/android/category/category_ranking_summary?app_id=com.example.app&country=US"),
                new Call("getCreatives", c -> c.creativeGallery().getCreatives(OsIosAndroidUnified.IOS, List.of("1"), JAN_1, JAN_31,
                        List.of("US"), List.of(AdNetwork.ADMOB, AdNetwork.DIGITAL_TURBINE),
                        List.of(AdType.VIDEO_REWARDED, AdType.PLAYABLE), CreativesLimit.V_50, 2, null, null,
                        null, null, null, null),
                        "/v1/ios/ad_intel/creatives?app_ids=1&start_date=2024-01-01&end_date=2024-01-31&countries=US"
                                + "&networks=Admob,Digital%20Turbine&ad_types=video-rewarded,playable&limit=50&page=2"),
                new Call("getNetworkAnalysis", c -> c.networkAnalysis().getNetworkAnalysis(OsIosAndroidUnified.UNIFIED,
                        List.of("a", "b"), JAN_1, JAN_31, TimePeriod.MONTH, List.of(AdNetwork.FACEBOOK), List.of("US")),
                        "/v1/unified/ad_intel/network_analysis?app_ids=a,b&start_date=2024-01-01&end_date=2024-01-31"
                                + "&period=month&networks=Facebook&countries=US"),
                new Call("getNetworkAnalysisRank", c -> c.networkAnalysis().getNetworkAnalysisRank(OsIosAndroidUnified.ANDROID,
                        List.of("a"), JAN_1, LocalDate.of(2024, 1, 7), RankPeriod.DAY, null, null),
                        "/v1/android/ad_intel/network_analysis/rank?app_ids=a&start_date=2024-01-01&end_date=2024-01-07"
                                + "&period=day"),
                new Call("getRetention", c -> c.retention().getRetention(OsIosAndroid.IOS, List.of("1"),
                        UsageDateGranularity.QUARTERLY, JAN_1, MAR_31, "US"),
                        "/v1/ios/usage/retention?app_ids=1&date_granularity=quarterly&start_date=2024-01-01"
                                + "&end_date=2024-03-31&country=US"),
                new Call("getDownloadsBySources", c -> c.downloadsBySource().getDownloadsBySources(OsIosAndroidUnified.UNIFIED,
                        List.of("u1"), List.of("US", "JP"), DownloadsBySourcesDateGranularity.DAILY, JAN_1, JAN_31),
                        "/v1/unified/downloads_by_sources?app_ids=u1&countries=US,JP&date_granularity=daily"
                                + "&start_date=2024-01-01&end_date=2024-01-31"),
                new Call("getChurnAnalysis", c -> c.acquisitionChurn().getChurnAnalysis(OsAndroid.ANDROID, List.of("c1", "c2"),
                        PanelRegion.TIER_1, ChurnAnalysisGranularity.MONTHLY, JAN_1, LocalDate.of(2024, 6, 30)),
                        "/v1/android/consumer_intel/churn_analysis?selection_cohort_ids=c1,c2&country=TIER_1"
                                + "&granularity=monthly&start_date=2024-01-01&end_date=2024-06-30"),
                new Call("getChurnAnalysisCohorts", c -> c.acquisitionChurn().getChurnAnalysisCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/churn_analysis/cohorts"),
                new Call("getCohortRetention", c -> c.acquisitionChurn().getCohortRetention(OsAndroid.ANDROID, List.of("c1"),
                        CohortRetentionGranularity.WEEKLY, JAN_1, MAR_31),
                        "/v1/android/consumer_intel/cohort_retention?selection_cohort_ids=c1&granularity=weekly"
                                + "&start_date=2024-01-01&end_date=2024-03-31"),
                new Call("getCohortRetentionCohorts", c -> c.acquisitionChurn().getCohortRetentionCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/cohort_retention/cohorts"),
                new Call("getDemographics", c -> c.demographics().getDemographics(OsIosAndroid.ANDROID, List.of("com.a"),
                        UsageDateGranularity.ALL_TIME, JAN_1, null, null),
                        "/v1/android/usage/demographics?app_ids=com.a&date_granularity=all_time&start_date=2024-01-01"),
                new Call("getSessionMetrics", c -> c.sessionMetrics().getSessionMetrics(GetSessionMetricsRequest.builder()
                        .startDate(JAN_1).endDate(JAN_31).appIds("1", "com.a")
                        .timeseries(SessionMetric.TIME_SPENT, SessionMetric.SESSION_COUNT).regions("US")
                        .timePeriod(TimePeriod.DAY).breakdown(SessionMetricsBreakdown.APP_ID_REGION).build()),
                        "/v1/apps/timeseries?start_date=2024-01-01&end_date=2024-01-31&app_ids=1,com.a"
                                + "&timeseries=time_spent,session_count&regions=US&time_period=day&breakdown=app_id%2Cregion"),
                new Call("getUnifiedSessionMetrics", c -> c.sessionMetrics().getUnifiedSessionMetrics(JAN_1, JAN_31, List.of("u1"),
                        List.of(SessionMetric.TOTAL_TIME_SPENT), null, TimePeriod.MONTH, UnifiedSessionMetricsOs.IOS,
                        UnifiedSessionMetricsBreakdown.UNIFIED_APP_ID),
                        "/v1/apps/timeseries/unified_apps?start_date=2024-01-01&end_date=2024-01-31&app_ids=u1"
                                + "&timeseries=total_time_spent&time_period=month&os=ios&breakdown=unified_app_id"),
                new Call("getEngagementInsights", c -> c.engagement().getEngagementInsights(OsAndroid.ANDROID, List.of("c1"),
                        PanelRegion.US, EngagementInsightsGranularity.DAILY, JAN_1, JAN_31),
                        "/v1/android/consumer_intel/engagement_insights?selection_cohort_ids=c1&country=US&granularity=daily"
                                + "&start_date=2024-01-01&end_date=2024-01-31"),
                new Call("getEngagementInsightsCohorts", c -> c.engagement().getEngagementInsightsCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/engagement_insights/cohorts"),
                new Call("getTimeOfDay", c -> c.engagement().getTimeOfDay(OsAndroid.ANDROID, List.of("c1"), null,
                        TimeOfDayGranularity.ALL_TIME),
                        "/v1/android/consumer_intel/time_of_day?selection_cohort_ids=c1&granularity=all_time"),
                new Call("getTimeOfDayCohorts", c -> c.engagement().getTimeOfDayCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/time_of_day/cohorts"),
                new Call("getPowerUserCurve", c -> c.engagement().getPowerUserCurve(OsAndroid.ANDROID, List.of("c1"),
                        PanelRegion.LATIN_AM, PowerUserCurveGranularity.MONTHLY, JAN_1, MAR_31),
                        "/v1/android/consumer_intel/power_user_curve?selection_cohort_ids=c1&country=LATIN_AM"
                                + "&granularity=monthly&start_date=2024-01-01&end_date=2024-03-31"),
                new Call("getPowerUserCurveCohorts", c -> c.engagement().getPowerUserCurveCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/power_user_curve/cohorts"),
                new Call("getAppUpdateHistory", c -> c.appUpdateTimeline().getAppUpdateHistory(OsIosAndroid.IOS, "284882215",
                        "US", "10"),
                        "/v1/ios/app_update/get_app_update_history?app_id=284882215&country=US&date_limit=10"),
                new Call("getVersionHistory", c -> c.appUpdateTimeline().getVersionHistory(OsIosAndroid.ANDROID, "com.a", null),
                        "/v1/android/apps/version_history?app_id=com.a"),
                new Call("getAppOverlap", c -> c.appOverlap().getAppOverlap("55c530a702ac64f9c0002dff", List.of(OverlapCountry.US),
                        JAN_1, MAR_31, "6014", true),
                        "/v1/unified/app_overlap?app_id=55c530a702ac64f9c0002dff&countries%5B%5D=US&start_date=2024-01-01"
                                + "&end_date=2024-03-31&category=6014&include_inverse_multiplier=true"),
                new Call("getCohortEngagement", c -> c.crossAppUsage().getCohortEngagement(OsAndroid.ANDROID, "f1",
                        List.of("c1", "c2"), PanelRegion.SE_ASIA, CohortEngagementGranularity.WEEKLY, JAN_1,
                        LocalDate.of(2024, 1, 28)),
                        "/v1/android/consumer_intel/cohort_engagement?filter_cohort_id=f1&selection_cohort_ids=c1,c2"
                                + "&country=SE_ASIA&granularity=weekly&start_date=2024-01-01&end_date=2024-01-28"),
                new Call("getCohortEngagementCohorts", c -> c.crossAppUsage().getCohortEngagementCohorts(OsAndroid.ANDROID),
                        "/v1/android/consumer_intel/cohort_engagement/cohorts"));
    }
}
