package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.mock.junit.MockServerUrl;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication, unknown paths, and the spec's rules as 422s that name every parameter at fault. */
class ValidationTest {

    @RegisterExtension
    static final MockServerExtension MOCK = new MockServerExtension(MockServerConfig.defaults()
            .withTokens(Set.of("good-token")));

    private static final String APPS = "/v1/ios/apps?app_ids=284882215";

    @Test
    void noTokenGets401(@MockServerUrl URI base) {
        HttpResponse<String> response = Http.get(base, APPS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"Invalid authentication token.\"}");
        assertThat(Http.get(base, APPS + "&auth_token=").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOutsideTheConfiguredSetGets403AndOneInsideIt200(@MockServerUrl URI base) {
        assertThat(Http.get(base, APPS + "&auth_token=other").statusCode()).isEqualTo(403);
        assertThat(Http.get(base, APPS + "&auth_token=other").body()).isEqualTo("{\"error\":\"Your API token is not authorized.\"}");
        assertThat(Http.get(base, APPS + "&auth_token=good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void aCommaJoinedListSplitsOnlyAtTheCommasSentRawSoAnEncodedCommaStaysInItsId(@MockServerUrl URI base) {
        HttpResponse<String> response = Http.get(base, "/v1/android/apps?auth_token=good-token"
                + "&app_ids=com.a.b%2Cc,com.d.e");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Bodies.read(response.body()).path("apps").findValuesAsText("app_id"))
                .containsExactly("com.a.b,c", "com.d.e");
    }

    @Test
    void authenticationIsCheckedBeforeParameters(@MockServerUrl URI base) {
        assertThat(Http.get(base, "/v1/ios/apps").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPathGets404AsJsonAndAnotherMethod405(@MockServerUrl URI base) {
        HttpResponse<String> missing = Http.get(base, "/v2/nothing?auth_token=good-token");
        HttpResponse<String> post = Http.send(base, "POST", APPS + "&auth_token=good-token", "");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":\"No operation at GET /v2/nothing; see /docs for the API\"}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void everyParameterAtFaultIsNamed(@MockServerUrl URI base) {
        HttpResponse<String> response = Http.get(base, "/v1/unified/usage/active_users?auth_token=good-token"
                + "&app_ids=a&time_period=year&start_date=2021-1-1&end_date=2021-02-01&countries=usa");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":["
                + "{\"title\":\"Invalid parameter: time_period must be one of day, week, month (got 'year')\"},"
                + "{\"title\":\"Invalid parameter: start_date must be a date as YYYY-MM-DD (got '2021-1-1')\"},"
                + "{\"title\":\"Invalid parameter: countries must match ^[A-Z]{2}$ (got 'usa')\"}]}");
    }

    @Test
    void anOsTheOperationDoesNotAcceptIsNamed(@MockServerUrl URI base) {
        HttpResponse<String> response = Http.get(base, "/v1/ios/consumer_intel/churn_analysis/cohorts?auth_token=good-token");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Invalid parameter: os must be one of android (got 'ios')");
    }

    @Test
    void theRulesOfTheSpecAreChecked(@MockServerUrl URI base) {
        assertThat(titles(base, "/v1/ios/sales_report_estimates?date_granularity=daily&start_date=2021-02-01"
                + "&end_date=2021-01-01")).containsExactly(
                "Required parameter: one of app_ids, publisher_ids must be given",
                "Invalid parameters: start_date (2021-02-01) must not be after end_date (2021-01-01)");
        assertThat(titles(base, "/v1/android/consumer_intel/churn_analysis?selection_cohort_ids=c&granularity=monthly"
                + "&start_date=2020-01-01&end_date=2020-06-30")).containsExactly(
                "Invalid parameter: start_date must be 2020-05-01 or later (got '2020-01-01')");
        assertThat(titles(base, "/v1/unified/app_overlap?app_id=x&countries[]=US&countries[]=GB&start_date=2023-01-02"
                + "&end_date=2023-01-31")).containsExactly(
                "Invalid parameter: countries[] takes at most 1 values (got 2)",
                "Invalid parameter: start_date must be the first day of a month (got '2023-01-02')");
        assertThat(titles(base, "/v1/ios/ad_intel/network_analysis?app_ids=1,2,3,4,5,6&start_date=2023-01-01"
                + "&end_date=2023-01-31&period=day")).containsExactly(
                "Invalid parameter: app_ids takes at most 5 values (got 6)");
    }

    @Test
    void aListWithAnEmptyItemIsNamed(@MockServerUrl URI base) {
        assertThat(titles(base, "/v1/ios/apps?app_ids=,,,")).containsExactly(
                "Invalid parameter: app_ids must not have empty items (got ',,,')");
        assertThat(titles(base, "/v1/ios/apps?app_ids=284882215,,1")).containsExactly(
                "Invalid parameter: app_ids must not have empty items (got '284882215,,1')");
    }

    @Test
    void garbageNeverGets500(@MockServerUrl URI base) {
        for (String query : List.of("app_ids=%00%ff", "app_ids=,,,", "app_ids=" + "9".repeat(5000), "page=-1",
                "country=%E2%82%AC", "include_sdk_data=TRUE&country=US&country=GB", "app_ids[]=1")) {
            HttpResponse<String> response = Http.get(base, "/v1/ios/apps?auth_token=good-token&" + query);
            assertThat(response.statusCode()).as(query).isIn(200, 400, 422);
        }
        assertThat(Http.get(base, "/v1/ios/ad_intel/creatives?auth_token=good-token&app_ids=1&start_date=2024-01-01"
                + "&countries=US&networks=Admob&ad_types=video&page=99999999999").statusCode()).isEqualTo(422);
    }

    private static List<String> titles(URI base, String uri) {
        HttpResponse<String> response = Http.get(base, uri + "&auth_token=good-token");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return Bodies.read(response.body()).path("errors").findValuesAsText("title");
    }
}
