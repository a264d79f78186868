package dev.appintel.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateSegmentsTest {

    @Test
    void quarterlySegmentsOfTwoYearsEndWithAQuarter() {
        assertThat(segments(LocalDate.of(2020, 2, 15), LocalDate.of(2025, 1, 1), Period.ofYears(2), "quarterly"))
                .containsExactly("2020-02-15..2021-12-31", "2022-01-01..2023-12-31", "2024-01-01..2025-01-01");
    }

    @Test
    void aPeriodLongerThanTheSpanFallsBackToTheSpan() {
        assertThat(segments(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 1), Period.ofDays(7), "monthly"))
                .first().isEqualTo("2024-01-10..2024-01-16");
    }

    @Test
    void unknownGranularitiesAreSplitByDays() {
        assertThat(segments(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3), Period.ofDays(2), "hourly"))
                .containsExactly("2024-01-01..2024-01-02", "2024-01-03..2024-01-03");
    }

    private static List<String> segments(LocalDate start, LocalDate end, Period span, String granularity) {
        return DateSegments.segments(start, end, span, granularity).stream().map(pair -> pair[0] + ".." + pair[1]).toList();
    }
}
