package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.api.GetCreativesRequest;
import dev.appintel.client.api.GetSalesReportEstimatesRequest;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdType;
import dev.appintel.client.model.AdUnit;
import dev.appintel.client.model.AppsResponse;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.SalesDateGranularity;
import dev.appintel.client.model.SalesEstimate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, as written there, against the recording server instead of the API. */
class ReadmeExampleTest {

    @Test
    void theExampleRuns() {
        try (RecordingServer server = RecordingServer.start()) {
            server.answer(exchange -> Reply.json(exchange.path().contains("sales") ? "[]"
                    : exchange.path().contains("creatives") ? "{\"count\": 1, \"ad_units\": [{\"id\": \"c\"}]}"
                    : "{\"apps\": []}"));
            GetCreativesRequest creativesRequest = GetCreativesRequest.builder().os(OsIosAndroidUnified.IOS).appIds("1")
                    .startDate(LocalDate.of(2024, 1, 1)).countries("US").networks(AdNetwork.ADMOB).adTypes(AdType.VIDEO)
                    .build();

            try (AppIntelligence client = AppIntelligence.builder().token("token").baseUrl(server.url()).build()) {
                AppsResponse apps = client.appOverview().getApps(OsIosAndroid.IOS, List.of("284882215"), "US", null);
                List<SalesEstimate> sales = client.downloadsRevenue().getSalesReportEstimates(
                        GetSalesReportEstimatesRequest.builder().os(OsIosAndroidUnified.IOS).appIds("284882215")
                                .dateGranularity(SalesDateGranularity.DAILY)
                                .startDate(LocalDate.of(2024, 1, 1)).endDate(LocalDate.of(2024, 12, 31)).build());
                List<AdUnit> creatives = client.pages(apis -> apis.creativeGallery().getCreatives(creativesRequest))
                        .items(AdUnit.class).toList();

                assertThat(apps.apps()).isEmpty();
                assertThat(sales).isEmpty();
                assertThat(creatives).extracting(AdUnit::id).containsExactly("c");
            }
            // 1 + 53 weekly segments of a daily year + 1 page
            assertThat(server.requests()).hasSize(1 + 53 + 1);
        }
    }
}
