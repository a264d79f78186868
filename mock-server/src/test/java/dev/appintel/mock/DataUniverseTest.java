package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.mock.junit.MockServerUrl;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One consistent, deterministic universe, and responses that honour the request: ids, countries,
 * dates stepped by granularity, pages, metrics, flags; plausible numbers.
 */
@ExtendWith(MockServerExtension.class)
class DataUniverseTest {

    private static final String T = "&auth_token=t";
    private static final String SALES = "/v1/ios/sales_report_estimates?app_ids=284882215&countries=US,IS"
            + "&date_granularity=";

    @Test
    void theSameRequestGivesTheSameBytesInEveryServerWithTheSameSeed(@MockServerUrl URI base) {
        String uri = "/v1/android/apps?app_ids=com.x.y,com.z.w" + T;
        try (MockServer other = MockServer.start(MockServerConfig.defaults().withPort(0))) {
            assertThat(Http.get(base, uri).body()).isEqualTo(Http.get(base, uri).body())
                    .isEqualTo(Http.get(other.baseUrl(), uri).body());
        }
    }

    @Test
    void anotherSeedIsAnotherUniverse(@MockServerUrl URI base) {
        String uri = "/v1/ios/apps?app_ids=1234" + T;
        try (MockServer other = MockServer.start(MockServerConfig.defaults().withPort(0).withSeed(7))) {
            assertThat(json(other.baseUrl(), uri).at("/apps/0/name").asText())
                    .isNotEqualTo(json(base, uri).at("/apps/0/name").asText());
        }
    }

    @Test
    void anAppIsTheSameInEveryEndpoint(@MockServerUrl URI base) {
        JsonNode app = json(base, "/v1/ios/apps?app_ids=284882215" + T).at("/apps/0");
        String category = app.at("/categories/0").asText();
        JsonNode history = json(base, "/v1/ios/category/category_history?app_ids=284882215&category=" + category
                + "&chart_type_ids=topfreeapplications&countries=US" + T);
        JsonNode versions = json(base, "/v1/ios/apps/version_history?app_id=284882215" + T);
        JsonNode updates = json(base, "/v1/ios/app_update/get_app_update_history?app_id=284882215" + T);
        JsonNode compact = json(base, "/v1/ios/compact_sales_report_estimates?app_ids=284882215&start_date=2023-01-01"
                + "&end_date=2023-01-02" + T);
        JsonNode ranks = json(base, "/v1/ios/category/category_ranking_summary?app_id=284882215&country=US" + T);

        assertThat(history.at("/284882215/US/" + category + "/topfreeapplications/name").asText()).isEqualTo(app.path("name").asText());
        assertThat(versions.path("name").asText()).isEqualTo(app.path("name").asText());
        assertThat(updates.path("name").asText()).isEqualTo(app.path("name").asText());
        assertThat(compact.at("/lookup_table/284882215").asText()).isEqualTo(app.path("unified_app_id").asText());
        assertThat(compact.at("/publisher_lookup_table/284882215").asText()).isEqualTo(app.path("publisher_id").asText());
        assertThat(ranks.at("/0/category_id").asText()).isEqualTo(category);
        assertThat(history.path("lines").asInt()).isEqualTo(1);
    }

    @Test
    void theCohortsListedByACohortsEndpointAreAcceptedByItsDataEndpoint(@MockServerUrl URI base) {
        JsonNode cohorts = json(base, "/v1/android/consumer_intel/churn_analysis/cohorts?auth_token=t");
        List<String> ids = cohorts.path("data").findValuesAsText("id");
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("cohort_"));

        JsonNode churn = json(base, "/v1/android/consumer_intel/churn_analysis?selection_cohort_ids=" + String.join(",", ids)
                + "&granularity=monthly&start_date=2023-01-01&end_date=2023-03-31" + T);

        assertThat(churn.path("data").findValuesAsText("selection_cohort_id")).isEqualTo(ids);
        assertThat(churn.at("/data/0/active_user_breakdown").findValuesAsText("date"))
                .containsExactly("2023-01-01", "2023-02-01", "2023-03-01");
    }

    @Test
    void datesAreSteppedByTheRequestedGranularity(@MockServerUrl URI base) {
        assertThat(dates(base, SALES + "daily&start_date=2021-07-01&end_date=2021-07-03")).containsExactly(
                "2021-07-01T00:00:00Z", "2021-07-02T00:00:00Z", "2021-07-03T00:00:00Z");
        assertThat(dates(base, SALES + "weekly&start_date=2021-07-01&end_date=2021-07-14"))
                .as("weeks start on Monday").containsExactly("2021-06-28T00:00:00Z", "2021-07-05T00:00:00Z",
                        "2021-07-12T00:00:00Z");
        assertThat(dates(base, SALES + "monthly&start_date=2021-07-15&end_date=2021-09-01")).containsExactly(
                "2021-07-01T00:00:00Z", "2021-08-01T00:00:00Z", "2021-09-01T00:00:00Z");
        assertThat(dates(base, SALES + "quarterly&start_date=2021-02-15&end_date=2021-08-01")).containsExactly(
                "2021-01-01T00:00:00Z", "2021-04-01T00:00:00Z", "2021-07-01T00:00:00Z");
    }

    @Test
    void rowsFollowTheRequestedAppsAndCountriesAndNumbersTheCountrySize(@MockServerUrl URI base) {
        JsonNode rows = json(base, SALES + "monthly&start_date=2021-07-01&end_date=2021-07-31" + T);

        assertThat(rows.findValuesAsText("cc")).containsExactly("US", "IS");
        assertThat(rows.at("/0/iu").asLong()).isGreaterThan(rows.at("/1/iu").asLong() * 10);
        assertThat(rows.at("/0/ir").asLong()).isPositive();
    }

    @Test
    void unifiedFiguresAreTheSumsOfThePlatforms(@MockServerUrl URI base) {
        JsonNode row = json(base, "/v1/unified/sales_report_estimates?app_ids=55c530a702ac64f9c0002dff&countries=US"
                + "&date_granularity=monthly&start_date=2021-07-01&end_date=2021-07-31" + T).get(0);

        assertThat(row.path("unified_units").asLong()).isEqualTo(row.path("android_units").asLong()
                + row.path("ipad_units").asLong() + row.path("iphone_units").asLong());
        assertThat(row.path("unified_revenue").asLong()).isEqualTo(row.path("android_revenue").asLong()
                + row.path("ipad_revenue").asLong() + row.path("iphone_revenue").asLong());
    }

    @Test
    void pagesFollowCountAndLimit(@MockServerUrl URI base) {
        String creatives = "/v1/ios/ad_intel/creatives?app_ids=1,2&start_date=2024-01-01&countries=US"
                + "&networks=Admob,Unity&ad_types=video&limit=10" + T;
        long count = json(base, creatives).path("count").asLong();
        assertThat(count).isGreaterThan(10);
        long lastPage = (count + 9) / 10;

        for (long page = 1; page <= lastPage + 1; page++) {
            JsonNode body = json(base, creatives + "&page=" + page);
            assertThat(body.path("count").asLong()).isEqualTo(count);
            assertThat(body.path("ad_units").size()).as("page " + page)
                    .isEqualTo((int) Math.max(0, Math.min(10, count - (page - 1) * 10)));
        }
        assertThat(json(base, creatives + "&page=1").at("/ad_units/0/breakdown").isMissingNode()).isTrue();
        assertThat(json(base, creatives + "&page=1&display_breakdown=true").at("/ad_units/0/breakdown").isObject()).isTrue();
    }

    @Test
    void onlyTheRequestedMetricsAndBreakdownAppear(@MockServerUrl URI base) {
        String series = "/v1/apps/timeseries?app_ids=284882215&start_date=2023-01-01&end_date=2023-03-31"
                + "&timeseries=time_spent,session_count&time_period=month" + T;
        JsonNode byApp = json(base, series + "&breakdown=app_id");
        JsonNode byRegion = json(base, series + "&breakdown=app_id,region&regions=FR,DE");

        assertThat(byApp.has("data")).isFalse();
        assertThat(fieldNames(byApp.at("/unified_apps/0/timeseries/0"))).containsExactly("date", "time_spent", "session_count");
        assertThat(byApp.at("/unified_apps/0/timeseries").findValuesAsText("date"))
                .containsExactly("2023-01-01", "2023-02-01", "2023-03-01");
        assertThat(byRegion.has("unified_apps")).isFalse();
        assertThat(byRegion.path("data").findValuesAsText("region")).containsExactly("FR", "DE");
    }

    @Test
    void retentionDecreasesAndHistogramsAddUpToOne(@MockServerUrl URI base) {
        JsonNode retention = json(base, "/v1/ios/usage/retention?app_ids=284882215&date_granularity=all_time"
                + "&start_date=2021-01-01" + T);
        JsonNode curve = retention.at("/app_data/0/corrected_retention");
        JsonNode power = json(base, "/v1/android/consumer_intel/power_user_curve?selection_cohort_ids=c1"
                + "&granularity=monthly&start_date=2023-02-01&end_date=2023-02-28" + T).at("/data/0/power_user_curve/0");
        JsonNode demographics = json(base, "/v1/ios/usage/demographics?app_ids=1&date_granularity=quarterly"
                + "&start_date=2021-01-01&end_date=2021-06-30" + T);

        assertThat(curve.size()).isEqualTo(90);
        for (int day = 1; day < 90; day++) {
            assertThat(curve.get(day).asDouble()).isLessThanOrEqualTo(curve.get(day - 1).asDouble());
        }
        assertThat(retention.at("/app_data/0/end_date").isNull()).isTrue();
        assertThat(power.path("total_days").asInt()).isEqualTo(28).isEqualTo(power.path("days_used_histogram").size());
        assertThat(sum(power.path("days_used_histogram"))).isCloseTo(1.0, within(1e-9));
        assertThat(demographics.path("app_data").findValuesAsText("date")).containsExactly("2021-01-01", "2021-04-01");
        assertThat(sum(demographics.at("/app_data/0/normalized_demographics"))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void appOverlapListsOtherAppsAndTheInverseMultiplierOnlyWhenAsked(@MockServerUrl URI base) {
        String overlap = "/v1/unified/app_overlap?app_id=55c530a702ac64f9c0002dff&countries[]=US&start_date=2023-01-01"
                + "&end_date=2023-03-31" + T;
        JsonNode plain = json(base, overlap);
        JsonNode inverse = json(base, overlap + "&include_inverse_multiplier=true");

        assertThat(plain.path("data").size()).isBetween(5, 10);
        assertThat(plain.path("data").findValuesAsText("app_id")).doesNotContain("55c530a702ac64f9c0002dff").doesNotHaveDuplicates();
        assertThat(plain.at("/data/0/app_b_users_likelihood_multiplier").isMissingNode()).isTrue();
        assertThat(inverse.at("/data/0/app_b_users_likelihood_multiplier").isNumber()).isTrue();
    }

    @Test
    void downloadSourcesAddUpAndVersionsAreKeyedByDate(@MockServerUrl URI base) {
        JsonNode month = json(base, "/v1/unified/downloads_by_sources?app_ids=55c530a702ac64f9c0002dff&countries=WW"
                + "&start_date=2022-01-01&end_date=2022-01-31" + T).at("/data/0/breakdown/0");
        JsonNode versions = json(base, "/v1/android/apps/version_history?app_id=com.a.b" + T).path("update_data");

        assertThat(month.path("organic_abs").asDouble()).isCloseTo(month.path("organic_browse_abs").asDouble()
                + month.path("organic_search_abs").asDouble(), within(0.2));
        // the smallest app of the universe has about 200 downloads a day: a month worldwide is thousands
        assertThat(month.path("organic_browse_abs").asDouble()).isGreaterThan(1_000);
        assertThat(month.path("organic_frac").asDouble() + month.path("browser_frac").asDouble()
                + month.path("paid_frac").asDouble()).isCloseTo(1.0, within(1e-5));
        assertThat(fieldNames(versions)).isNotEmpty().allSatisfy(date -> assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    private static JsonNode json(URI base, String uri) {
        HttpResponse<String> response = Http.get(base, uri);
        assertThat(response.statusCode()).as(uri + "\n" + response.body()).isEqualTo(200);
        return Bodies.read(response.body());
    }

    private static List<String> dates(URI base, String uri) {
        return json(base, uri.replace("countries=US,IS", "countries=US") + T).findValuesAsText("d");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static double sum(JsonNode numbers) {
        double total = 0;
        for (JsonNode number : numbers) {
            total += number.asDouble();
        }
        return total;
    }
}
