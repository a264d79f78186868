package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.model.AndroidSalesEstimate;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.SalesDateGranularity;
import dev.appintel.client.model.SalesEstimate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Long sales estimate ranges are split into the recommended segments of their granularity, along
 * the granularity's periods, and the rows concatenated: exactly the rows one call over the whole
 * range would give, in order, none twice.
 */
class SegmentationTest {

    private final RecordingServer server = RecordingServer.start();
    private final AppIntelligence client = TestClients.builder(server, new FakeTime()).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void dailyRangesAreSplitIntoWeeks() {
        List<LocalDate> rows = call(SalesDateGranularity.DAILY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 20));

        assertThat(ranges()).containsExactly("2024-01-01..2024-01-07", "2024-01-08..2024-01-14", "2024-01-15..2024-01-20");
        assertThat(rows).containsExactlyElementsOf(periods(UnaryOperator.identity(), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 20)));
    }

    @Test
    void monthlyRangesAreSplitIntoYearsEndingWithAMonth() {
        LocalDate start = LocalDate.of(2024, 1, 15);
        LocalDate end = LocalDate.of(2026, 3, 10);

        List<LocalDate> rows = call(SalesDateGranularity.MONTHLY, start, end);

        assertThat(ranges()).containsExactly("2024-01-15..2024-12-31", "2025-01-01..2025-12-31", "2026-01-01..2026-03-10");
        assertThat(rows).hasSize(27).doesNotHaveDuplicates()
                .containsExactlyElementsOf(periods(SegmentationTest::monthStart, start, end));
    }

    @Test
    void weeklyRangesAreSplitIntoQuartersEndingOnSunday() {
        LocalDate start = LocalDate.of(2024, 1, 3);
        LocalDate end = LocalDate.of(2024, 12, 31);

        List<LocalDate> rows = call(SalesDateGranularity.WEEKLY, start, end);

        assertThat(ranges()).hasSize(5).allSatisfy(range -> assertThat(LocalDate.parse(range.substring(12)).getDayOfWeek())
                .isIn(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY));
        assertThat(rows).doesNotHaveDuplicates().containsExactlyElementsOf(periods(SegmentationTest::weekStart, start, end));
    }

    @Test
    void aRangeWithinTheSpanIsOneCallWithTheCallersDates() {
        call(SalesDateGranularity.QUARTERLY, LocalDate.of(2024, 2, 10), LocalDate.of(2026, 2, 9));

        assertThat(ranges()).containsExactly("2024-02-10..2026-02-09");
    }

    private List<LocalDate> call(SalesDateGranularity granularity, LocalDate start, LocalDate end) {
        // Generated enums are open classes, so the switch is on the wire value.
        UnaryOperator<LocalDate> bucket = switch (granularity.value()) {
            case "weekly" -> SegmentationTest::weekStart;
            case "monthly" -> SegmentationTest::monthStart;
            case "quarterly" -> date -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            default -> UnaryOperator.identity();
        };
        server.answer(exchange -> Reply.json(rows(periods(bucket, Queries.date(exchange.query(), "start_date"),
                Queries.date(exchange.query(), "end_date")))));
        List<SalesEstimate> estimates = client.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.ANDROID,
                List.of("com.a"), null, null, granularity, start, end, null);
        return estimates.stream().map(row -> ((AndroidSalesEstimate) row).d().toLocalDate()).toList();
    }

    /** The fake API: one row per period of the granularity that the range touches. */
    private static List<LocalDate> periods(UnaryOperator<LocalDate> bucket, LocalDate start, LocalDate end) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate period = bucket.apply(day);
            if (out.isEmpty() || !out.get(out.size() - 1).equals(period)) {
                out.add(period);
            }
        }
        return out;
    }

    private static String rows(List<LocalDate> dates) {
        return dates.stream().map(date -> "{\"aid\": \"com.a\", \"c\": \"US\", \"d\": \"" + date + "T00:00:00Z\", \"u\": 1}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The ranges requested, sorted: the segments run concurrently, so they may arrive in any order. */
    private List<String> ranges() {
        return server.requests().stream().map(request -> Queries.value(request.query(), "start_date") + ".."
                + Queries.value(request.query(), "end_date")).sorted().toList();
    }

    private static LocalDate monthStart(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    private static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
