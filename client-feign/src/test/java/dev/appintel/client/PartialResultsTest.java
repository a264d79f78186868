package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.error.CallPart;
import dev.appintel.client.error.ForbiddenException;
import dev.appintel.client.error.PartialResultException;
import dev.appintel.client.error.ServerErrorException;
import dev.appintel.client.error.UnauthorizedException;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdType;
import dev.appintel.client.model.AndroidSalesEstimate;
import dev.appintel.client.model.AdUnit;
import dev.appintel.client.model.CreativesLimit;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.SalesDateGranularity;
import dev.appintel.client.model.SalesEstimate;
import dev.appintel.client.api.GetCreativesRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A split or paged call that fails in one request names that request and keeps what the others
 * returned ({@link PartialResultException}).
 */
class PartialResultsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private final RecordingServer server = RecordingServer.start();
    private final FakeTime time = new FakeTime();
    private final AppIntelligence client = TestClients.builder(server, time).maxConcurrency(1).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aFailedDateSegmentIsNamedByItsRangeAndTheOtherSegmentsRowsAreKept() {
        server.answer(exchange -> {
            LocalDate start = Queries.date(exchange.query(), "start_date");
            return start.equals(LocalDate.of(2024, 1, 8)) ? Reply.status(401, "{\"error\": \"Invalid authentication token.\"}")
                    : Reply.json(rows(start, Queries.date(exchange.query(), "end_date")));
        });

        PartialResultException failure = catchThrowableOfType(() -> salesEstimates(JAN_1, LocalDate.of(2024, 1, 20)),
                PartialResultException.class);

        assertThat(failure.failedPart()).hasToString("part 2 of 3 (start_date=2024-01-08, end_date=2024-01-14)");
        assertThat(failure.failedPart().parameters()).containsEntry("start_date", LocalDate.of(2024, 1, 8))
                .containsEntry("end_date", LocalDate.of(2024, 1, 14));
        assertThat(failure.getCause()).isInstanceOf(UnauthorizedException.class);
        assertThat(failure).hasMessageStartingWith("getSalesReportEstimates: HTTP 401 from GET ")
                .hasMessageContaining("part 2 of 3 (start_date=2024-01-08, end_date=2024-01-14) failed (HTTP 401 from GET ")
                .hasMessageContaining("Invalid authentication token.");
        assertThat(failure.succeeded()).extracting(result -> result.part().number()).containsExactly(1);
        assertThat(failure.unfinished()).extracting(CallPart::number).containsExactly(3);
        @SuppressWarnings("unchecked")
        List<SalesEstimate> kept = (List<SalesEstimate>) failure.partialResult();
        assertThat(kept).extracting(row -> ((AndroidSalesEstimate) row).d().toLocalDate())
                .containsExactlyElementsOf(JAN_1.datesUntil(LocalDate.of(2024, 1, 8)).toList());
    }

    @Test
    void aSegmentThatFailsEveryAttemptIsRetriedThenNamed() {
        server.answer(exchange -> Queries.date(exchange.query(), "start_date").equals(JAN_1)
                ? Reply.status(500, "{\"error\": \"Internal server error.\"}")
                : Reply.json(rows(Queries.date(exchange.query(), "start_date"), Queries.date(exchange.query(), "end_date"))));

        PartialResultException failure = catchThrowableOfType(() -> salesEstimates(JAN_1, LocalDate.of(2024, 1, 10)),
                PartialResultException.class);

        assertThat(failure.failedPart().number()).isEqualTo(1);
        assertThat(failure.getCause()).isInstanceOf(ServerErrorException.class);
        assertThat(failure.retryable()).isTrue();
        long attemptsOfFirstSegment = server.requests().stream()
                .filter(request -> Queries.value(request.query(), "start_date").equals("2024-01-01")).count();
        assertThat(attemptsOfFirstSegment).isEqualTo(RetryPolicy.defaults().maxErrorAttempts());
    }

    @Test
    void aFailedPageIsNamedSoThatTheIterationCanStartAgainThere() {
        server.answer(exchange -> {
            int page = Integer.parseInt(Queries.value(exchange.query(), "page"));
            if (page == 3) {
                return Reply.status(403, "{\"error\": \"Quota exhausted.\"}");
            }
            String units = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "{\"id\": \"c" + page + "-" + i + "\"}")
                    .collect(Collectors.joining(","));
            return Reply.json("{\"count\": 45, \"ad_units\": [" + units + "]}");
        });
        List<String> delivered = new java.util.ArrayList<>();

        PartialResultException failure = catchThrowableOfType(() -> client.pages(apis -> apis.creativeGallery()
                .getCreatives(creatives())).items(AdUnit.class).forEach(unit -> delivered.add(unit.id())),
                PartialResultException.class);

        assertThat(delivered).hasSize(20);
        assertThat(failure.failedPart()).hasToString("page 3");
        assertThat(failure.failedPart().parameters()).containsEntry("page", 3L);
        assertThat(failure.getCause()).isInstanceOf(ForbiddenException.class);
        assertThat(failure.succeeded()).isEmpty();
        assertThat(failure.partialResult()).isNull();
    }

    private List<SalesEstimate> salesEstimates(LocalDate start, LocalDate end) {
        return client.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.ANDROID, List.of("com.a"), null, null,
                SalesDateGranularity.DAILY, start, end, null);
    }

    private static String rows(LocalDate start, LocalDate end) {
        return start.datesUntil(end.plusDays(1))
                .map(date -> "{\"aid\": \"com.a\", \"c\": \"US\", \"d\": \"" + date + "T00:00:00Z\", \"u\": 1}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static GetCreativesRequest creatives() {
        return GetCreativesRequest.builder().os(OsIosAndroidUnified.IOS).appIds("1").startDate(JAN_1).countries("US")
                .networks(AdNetwork.ADMOB).adTypes(AdType.VIDEO).limit(CreativesLimit.V_10).build();
    }
}
