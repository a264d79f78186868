package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.spec.testing.SpecDocument;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --realism strict}: the mock fails where the API's documentation says the real service
 * does, reading the limits from the spec's {@code x-appintel-date-segmentation} and
 * {@code x-appintel-batching}; lenient by default.
 */
class RealismTest {

    private static final String SALES = "getSalesReportEstimates";

    private static MockServer lenient;
    private static MockServer strict;
    private static MockServer strictTimeout;

    @BeforeAll
    static void start() {
        lenient = MockServer.start(MockServerConfig.defaults().withPort(0));
        strict = MockServer.start(MockServerConfig.defaults().withPort(0)
                .withRealism(new MockServerConfig.Realism(MockServerConfig.Realism.Mode.STRICT, 0)));
        strictTimeout = MockServer.start(MockServerConfig.defaults().withPort(0)
                .withRealism(new MockServerConfig.Realism(MockServerConfig.Realism.Mode.STRICT_TIMEOUT, 700)));
    }

    @AfterAll
    static void stop() {
        lenient.close();
        strict.close();
        strictTimeout.close();
    }

    @Test
    void aDailyRangeOverItsRecommendedSpanIsThe500TheApiDocuments() {
        HttpResponse<String> sixtyDays = sales(strict, "daily", "2024-01-01", "2024-02-29");
        HttpResponse<String> sevenDays = sales(strict, "daily", "2024-01-01", "2024-01-07");

        assertThat(sixtyDays.statusCode()).isEqualTo(500);
        assertThat(Bodies.read(sixtyDays.body()).has("error")).as(sixtyDays.body()).isTrue();
        assertThat(sixtyDays.headers().firstValue("X-Mock-Realism")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("2024-01-01..2024-02-29", "P7D", "date_granularity=daily"));
        assertThat(sevenDays.statusCode()).as(sevenDays.body()).isEqualTo(200);
        assertThat(sales(lenient, "daily", "2024-01-01", "2024-02-29").statusCode()).as("lenient by default").isEqualTo(200);
    }

    @Test
    void everyGranularityKeepsTheSpanTheSpecGivesIt() {
        for (Iterator<Map.Entry<String, JsonNode>> spans = segmentation().path("maxSpan").fields(); spans.hasNext();) {
            Map.Entry<String, JsonNode> span = spans.next();
            LocalDate start = LocalDate.of(2021, 1, 1);
            LocalDate last = start.plus(Period.parse(span.getValue().asText())).minusDays(1);

            assertThat(sales(strict, span.getKey(), start.toString(), last.toString()).statusCode())
                    .as("%s over exactly %s", span.getKey(), span.getValue()).isEqualTo(200);
            assertThat(sales(strict, span.getKey(), start.toString(), last.plusMonths(1).toString()).statusCode())
                    .as("%s over more than %s", span.getKey(), span.getValue()).isEqualTo(500);
        }
    }

    @Test
    void moreIdsThanOneCallTakesIs422() {
        SpecDocument.Operation apps = SpecDocument.operation("getApps");
        int maxPerCall = apps.node().at("/x-appintel-batching/maxPerCall").asInt();
        String parameter = apps.node().at("/x-appintel-batching/parameter").asText();
        String ids = IntStream.rangeClosed(1, maxPerCall + 1).mapToObj(i -> String.valueOf(284882215 + i))
                .collect(Collectors.joining(","));

        HttpResponse<String> response = Http.valid(strict.baseUrl(), "getApps", "ios", Map.of(parameter, ids), "t");

        // the spec's maxItems may already say so (it does today, as lenient mode shows); strict mode
        // keeps the batching limit also where a schema does not
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(parameter).contains(String.valueOf(maxPerCall));
    }

    @Test
    void strictTimeoutAnswersTheLongRangeOnlyAfterItsDelay() {
        long started = System.nanoTime();
        HttpResponse<String> response = sales(strictTimeout, "daily", "2024-01-01", "2024-02-29");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(millis).isGreaterThanOrEqualTo(650);
        assertThat(strictTimeout.verify(SALES).withStatus(500).requests()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo("realism"));
    }

    private static JsonNode segmentation() {
        return SpecDocument.operation(SALES).node().path("x-appintel-date-segmentation");
    }

    private static HttpResponse<String> sales(MockServer server, String granularity, String start, String end) {
        return Http.valid(server.baseUrl(), SALES, "ios", Map.of(segmentation().path("granularity").asText(), granularity,
                segmentation().path("start").asText(), start, segmentation().path("end").asText(), end), "t");
    }
}
