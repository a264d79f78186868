package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The Date header is the IMF-fixdate that Undertow's own formatter writes. */
class HttpDateTest {

    @Test
    void writesTheExampleOfTheHttpSpecification() {
        assertThat(HttpDate.format(784_111_777L)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void agreesWithSimpleDateFormatOverManyDays() {
        SimpleDateFormat reference = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss z", Locale.US);
        reference.setTimeZone(TimeZone.getTimeZone("GMT"));
        for (long second = 0; second < 4_000_000_000L; second += 86_399L * 37) {
            assertThat(HttpDate.format(second)).isEqualTo(reference.format(new Date(second * 1000)));
        }
    }

    @Test
    void theCurrentValueIsTheCurrentSecond() {
        long before = System.currentTimeMillis() / 1000;
        String now = HttpDate.now();
        long after = System.currentTimeMillis() / 1000;

        assertThat(now).isIn(HttpDate.format(before), HttpDate.format(after));
    }
}
