package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers too large for the bounds are refused with a 422 that names what drives their size, never cut. */
class AnswerBoundsTest {

    private static final long MAX_BODY = 100_000;
    private static final String SALES = "/v1/ios/sales_report_estimates?date_granularity=daily&auth_token=t";

    private static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0).withBounds(new MockServerConfig.Bounds(
                30_000, 60_000, MAX_BODY)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDailyRangeOfMoreThanAThousandDaysIsRefusedRatherThanCut() {
        JsonNode title = refused(SALES + "&app_ids=284882215&countries=US&start_date=1995-01-01&end_date=2026-01-01");

        assertThat(title.asText()).contains("start_date..end_date at day granularity", "more than 1000 periods",
                "a shorter date range or a coarser granularity");
    }

    @Test
    void anAnswerOverTheByteLimitIsRefusedNamingItsParametersAndTheLimit() {
        String ids = "284882215,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18";
        JsonNode title = refused(SALES + "&app_ids=" + ids + "&countries=US,GB&start_date=2024-01-01&end_date=2024-03-31");

        assertThat(title.asText()).contains("over the limit of 0.1 MB", "app_ids: 19 values", "countries: 2 values",
                "start_date..end_date at day granularity: 91 periods");
        HttpResponse<String> small = Http.get(server.baseUrl(),
                SALES + "&app_ids=284882215&countries=US&start_date=2024-01-01&end_date=2024-01-07");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(Bodies.read(small.body()).size()).isEqualTo(7);
    }

    @Test
    void aListOfMoreThanTenThousandRowsIsRefusedRatherThanCut() {
        StringBuilder ids = new StringBuilder("1");
        for (int i = 2; i <= 20; i++) {
            ids.append(',').append(i);
        }
        JsonNode title = refused(SALES + "&app_ids=" + ids + "&countries=US,GB,DE&start_date=2024-01-01&end_date=2024-12-31");

        assertThat(title.asText()).contains("more than 10000 rows", "app_ids: 20 values", "countries: 3 values");
    }

    private static JsonNode refused(String uri) {
        HttpResponse<String> response = Http.get(server.baseUrl(), uri);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode title = Bodies.read(response.body()).at("/errors/0/title");
        assertThat(title.asText()).startsWith("The answer would be too large: ");
        return title;
    }
}
