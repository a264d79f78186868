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
    void periodsReadAsRecordsDo() {
        assertThat(new DatePeriod(LocalDate.of(2021, 7, 12), LocalDate.of(2021, 7, 18), Granularity.WEEK))
                .hasToString("DatePeriod[start=2021-07-12, end=2021-07-18, granularity=WEEK]");
    }

    @Test
    void hashesStayAsTheyWere() {
        // Values of the first release, so that every body keeps its bytes
        assertThat(Hash.of(42, "284882215", 7L, "Z\u00fcrich", new DatePeriod(THURSDAY, THURSDAY, Granularity.DAY)).hex(32))
                .isEqualTo("b95a0fd968e974c189c812ed5856c672");
        assertThat(Hash.of(7, "x").hex(32)).isEqualTo("c153722f30027a5c56f0659e33f59147");
    }

    @Test
    void theSameSeedAndPartsGiveTheSameHash() {
        assertThat(Hash.of(1, "a", 2).hex(16)).isEqualTo(Hash.of(1, "a", 2).hex(16))
                .isNotEqualTo(Hash.of(2, "a", 2).hex(16));
        assertThat(Hash.of(1, "x").range(3, 5)).isBetween(3L, 5L);
    }
}
