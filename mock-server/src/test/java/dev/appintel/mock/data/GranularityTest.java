package dev.appintel.mock.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods start on Monday, the first of the month and the first month of the quarter. */
class GranularityTest {

    private static final LocalDate THURSDAY = LocalDate.of(2021, 7, 15);

    @Test
    void periodsStartWhereTheCalendarSays() {
        assertThat(Granularity.DAY.start(THURSDAY)).isEqualTo(THURSDAY);
        assertThat(Granularity.WEEK.start(THURSDAY)).isEqualTo(LocalDate.of(2021, 7, 12));
        assertThat(Granularity.MONTH.start(THURSDAY)).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(Granularity.QUARTER.start(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2021, 10, 1));
    }

    @Test
    void requestValuesNameGranularities() {
        assertThat(Granularity.of("weekly")).contains(Granularity.WEEK);
        assertThat(Granularity.of("week")).contains(Granularity.WEEK);
        assertThat(Granularity.of("all_time")).contains(Granularity.ALL);
        assertThat(Granularity.of("hourly")).isEmpty();
    }

    @Test
    void theSameSeedAndPartsGiveTheSameHash() {
        assertThat(Hash.of(1, "a", 2).hex(16)).isEqualTo(Hash.of(1, "a", 2).hex(16))
                .isNotEqualTo(Hash.of(2, "a", 2).hex(16));
        assertThat(Hash.of(1, "x").range(3, 5)).isBetween(3L, 5L);
    }
}
